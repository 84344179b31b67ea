package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.integrity.Rule;

/** Row of {@code integrity_rule}. */
@Entity
@Table(name = "integrity_rule")
public class RuleEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "record_no")
	private String recordNo;

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

	protected RuleEntity() {
	}

	public RuleEntity(Rule r) {
		recordNo = r.recordNo();
		update(r);
	}

	public void update(Rule r) {
		title = r.title();
		issuer = r.issuer();
		effectiveDate = r.effectiveDate();
		reviewCycleMonths = r.reviewCycleMonths();
		repealedDate = r.repealedDate();
		body = r.body();
	}

	public Rule toRecord() {
		return new Rule(id, recordNo, title, issuer, effectiveDate, reviewCycleMonths, repealedDate, body);
	}
}
