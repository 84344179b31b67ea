package ducha.inspections.internal.jpa;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.inspections.Bulletin;

/** Row of {@code insp_bulletin}; the findings it names point to it. */
@Entity
@Table(name = "insp_bulletin")
public class BulletinEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (inspections migration V3). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "bulletin_year")
	private int year;

	@Column(name = "bulletin_number")
	private int number;

	@Column(name = "title")
	private String title;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	protected BulletinEntity() {
	}

	public BulletinEntity(Bulletin bulletin) {
		year = bulletin.year();
		number = bulletin.number();
		update(bulletin);
	}

	public void update(Bulletin bulletin) {
		title = bulletin.title();
		issuedOn = bulletin.issuedOn();
	}

	public long id() {
		return id;
	}

	public String label() {
		return toRecord(List.of()).label();
	}

	public Bulletin toRecord(List<String> findingNos) {
		return new Bulletin(year, number, title, issuedOn, findingNos);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
