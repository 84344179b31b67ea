package ducha.integrity.internal.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import ducha.integrity.Disposition;
import ducha.integrity.DispositionType;

/** Row of {@code integrity_disposition}. */
@Entity
@AttributeOverride(name = "date", column = @Column(name = "disposition_date"))
@Table(name = "integrity_disposition")
public class DispositionEntity extends StaffRow<Disposition> {

	@Enumerated(EnumType.STRING)
	@Column(name = "disposition_type")
	private DispositionType type;

	@Column(name = "basis")
	private String basis;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "note")
	private String note;
}
