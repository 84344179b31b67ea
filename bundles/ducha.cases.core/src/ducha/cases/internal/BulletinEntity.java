package ducha.cases.internal;

import java.time.LocalDate;

import ducha.cases.CaseBulletin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_bulletin")
public class BulletinEntity extends GeneratedIdEntity {

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

	CaseBulletin toBulletin() {
		return new CaseBulletin(id(), year, issueNo, issuedDate, title);
	}
}
