package ducha.team.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.core.period.Period;
import ducha.team.EvaluationBulletin;

/** Row of {@code team_evaluation_bulletin}: a quarterly bulletin issued. */
@Entity
@Table(name = "team_evaluation_bulletin")
public class EvaluationBulletinEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "bulletin_year")
	private int year;

	@Column(name = "bulletin_number")
	private int number;

	@Column(name = "quarter_from")
	private LocalDate quarterFrom;

	@Column(name = "title")
	private String title;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	protected EvaluationBulletinEntity() {
	}

	public EvaluationBulletinEntity(EvaluationBulletin bulletin) {
		year = bulletin.year();
		number = bulletin.number();
		quarterFrom = bulletin.quarter().from();
		title = bulletin.title();
		issuedOn = bulletin.issuedOn();
	}

	public EvaluationBulletin toRecord() {
		return new EvaluationBulletin(year, number, Period.quarterOf(quarterFrom), title, issuedOn);
	}
}
