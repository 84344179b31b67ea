package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.CaseBulletin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_bulletin")
public class BulletinEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;
	@Column(name = "bulletin_year")
	private int year;
	@Column(name = "issue_no")
	private int issueNo;
	@Column(name = "issued_date")
	private LocalDate issuedDate;
	private String title;

	protected BulletinEntity() {
	}

	BulletinEntity(int year, int issueNo, LocalDate issuedDate, String title) {
		this.year = year;
		this.issueNo = issueNo;
		this.issuedDate = issuedDate;
		this.title = title;
	}

	long id() {
		return id;
	}

	CaseBulletin toBulletin() {
		return new CaseBulletin(id, year, issueNo, issuedDate, title);
	}
}
