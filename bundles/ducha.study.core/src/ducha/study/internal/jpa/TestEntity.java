package ducha.study.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.study.MakeupRule;
import ducha.study.PaperSpec;
import ducha.study.StudyTest;
import ducha.study.TestMode;

/** Row of {@code study_test}; the spec is kept as the ledger writes it. */
@Entity
@Table(name = "study_test")
public class TestEntity {

	/** Optimistic lock: two desktops saving the same record cannot both win (study migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	private String code;

	private String title;

	@Column(name = "test_year")
	private int year;

	@Column(name = "test_quarter")
	private int quarter;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Column(name = "open_until")
	private LocalDate openUntil;

	@Column(name = "pass_mark")
	private int passMark;

	@Column(name = "total_points")
	private int totalPoints;

	@Enumerated(EnumType.STRING)
	@Column(name = "test_mode")
	private TestMode mode;

	@Column(name = "time_limit_minutes")
	private int timeLimitMinutes;

	private long seed;

	@Column(name = "paper_spec")
	private String spec;

	@Enumerated(EnumType.STRING)
	@Column(name = "makeup_rule")
	private MakeupRule makeupRule;

	protected TestEntity() {
	}

	public TestEntity(StudyTest t) {
		code = t.code();
		title = t.title();
		year = t.year();
		quarter = t.quarter();
		heldOn = t.heldOn();
		openUntil = t.openUntil();
		passMark = t.passMark();
		totalPoints = t.totalPoints();
		mode = t.mode();
		timeLimitMinutes = t.timeLimitMinutes();
		seed = t.seed();
		spec = t.spec().isEmpty() ? null : t.spec().text();
		makeupRule = t.makeupRule();
	}

	public long id() {
		return id;
	}

	public StudyTest toRecord() {
		return new StudyTest(id, code, title, year, quarter, heldOn, openUntil, passMark, totalPoints, mode,
				timeLimitMinutes, seed, PaperSpec.parse(spec), makeupRule);
	}

	/** The stored version, which the record shown to a user carries back to the save. */
	public long version() {
		return version;
	}
}
