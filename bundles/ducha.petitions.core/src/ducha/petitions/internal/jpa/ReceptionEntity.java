package ducha.petitions.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.petitions.Reception;

/** Row of {@code reception_log}. */
@Entity
@Table(name = "reception_log")
public class ReceptionEntity extends NumberedRow {

	@Column(name = "received_on")
	private LocalDate day;

	@Column(name = "receiver_staff_no")
	private String receiverStaffNo;

	@Column(name = "petition_no")
	private String petitionNumber;

	@Column(name = "note")
	private String note;

	protected ReceptionEntity() {
	}

	public ReceptionEntity(LocalDate day, String receiverStaffNo, String petitionNumber, String note) {
		this.day = day;
		this.receiverStaffNo = receiverStaffNo;
		this.petitionNumber = petitionNumber;
		this.note = note;
	}

	public LocalDate day() {
		return day;
	}

	public String note() {
		return note;
	}

	/** What a row of the 接访日台账 brings for the reception stored under its day and 序号. */
	public void update(String receiverStaffNo, String petitionNumber, String note) {
		this.receiverStaffNo = receiverStaffNo;
		this.petitionNumber = petitionNumber;
		this.note = note;
	}

	public String receiverStaffNo() {
		return receiverStaffNo;
	}

	public String petitionNumber() {
		return petitionNumber;
	}

	/** The record with the receiver's name and the petition number as the viewer may see it (null: hidden). */
	public Reception toRecord(String receiverName, String visiblePetitionNumber) {
		return new Reception(id, day, receiverStaffNo, receiverName, visiblePetitionNumber, note);
	}
}
