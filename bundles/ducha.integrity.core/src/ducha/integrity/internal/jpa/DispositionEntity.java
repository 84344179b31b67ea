package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import ducha.integrity.Disposition;
import ducha.integrity.DispositionType;

/** Row of {@code integrity_disposition}. */
@Entity
@Table(name = "integrity_disposition")
public class DispositionEntity extends NumberedRow<Disposition> {

	@Column(name = "staff_no")
	private String staffNo;

	@Enumerated(EnumType.STRING)
	@Column(name = "disposition_type")
	private DispositionType type;

	@Column(name = "disposition_date")
	private LocalDate date;

	@Column(name = "basis")
	private String basis;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "note")
	private String note;

	/** For JPA. */
	protected DispositionEntity() {
	}

	public DispositionEntity(Disposition record) {
		super(record);
	}
}
