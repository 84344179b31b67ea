package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.integrity.Disposition;
import ducha.integrity.DispositionType;

/** Row of {@code integrity_disposition}. */
@Entity
@Table(name = "integrity_disposition")
public class DispositionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "record_no")
	private String recordNo;

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

	protected DispositionEntity() {
	}

	public DispositionEntity(Disposition disposition) {
		recordNo = disposition.recordNo();
		update(disposition);
	}

	public void update(Disposition d) {
		staffNo = d.staffNo();
		type = d.type();
		date = d.date();
		basis = d.basis();
		decidedBy = d.decidedBy();
		note = d.note();
	}

	public Disposition toRecord() {
		return new Disposition(id, recordNo, staffNo, type, date, basis, decidedBy, note);
	}
}
