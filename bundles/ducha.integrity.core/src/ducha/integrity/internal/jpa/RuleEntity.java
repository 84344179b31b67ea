package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.integrity.Rule;

/** Row of {@code integrity_rule}. */
@Entity
@Table(name = "integrity_rule")
public class RuleEntity extends NumberedRow<Rule> {

	@Column(name = "title")
	private String title;

	@Column(name = "issuer")
	private String issuer;

	@Column(name = "effective_date")
	private LocalDate effectiveDate;

	@Column(name = "review_cycle_months")
	private Integer reviewCycleMonths;

	@Column(name = "repealed_date")
	private LocalDate repealedDate;

	@Column(name = "body")
	private String body;
}
