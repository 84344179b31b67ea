package ducha.team;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import ducha.core.documents.DocumentFormat;
import ducha.core.ledger.LedgerFormat;
import ducha.core.period.Period;
import ducha.core.security.Principal;

/**
 * Evaluation of integrity supervisors (廉政监察员) and their performance archive (业绩档案). Who is an integrity
 * supervisor in a period is the platform's role history ({@link ducha.core.directory.SupervisorService}); the
 * duties are counted from every installed plugin ({@link ducha.core.spi.DutyContributor}). Recording needs
 * {@link TeamPermissions#EVALUATE}; reading needs {@link TeamPermissions#READ} or EVALUATE, and a supervisor
 * reads only their own archive.
 */
public interface EvaluationService {

	/** The numbering kind of the quarterly bulletins. */
	String BULLETIN_KIND = "team.evaluation.bulletin";

	/** 工号 of everyone who held the integrity-supervisor role on a day of the period, whose archive the viewer may read. */
	List<String> supervisors(Period period, Principal viewer);

	/**
	 * Records (or replaces) an evaluation. The period is a quarter, a half-year or a year; the person held the
	 * integrity-supervisor role on a day of it; an annual evaluation has a grade, the others none.
	 */
	Evaluation record(Evaluation evaluation, Principal actor);

	/** The year's evaluations the viewer may read, by supervisor and period. */
	List<Evaluation> evaluations(int year, Principal viewer);

	/** One supervisor's archive of the year. */
	PerformanceArchive archive(String staffNo, int year, Principal viewer);

	/** The archives of the year of every integrity supervisor the viewer may read, in the court's department order. */
	List<PerformanceArchive> archives(int year, Principal viewer);

	/**
	 * Writes the bonus-point sheet (加分表) of the year: one row per integrity supervisor with duties, grade and
	 * points. Needs EVALUATE. Returns the number of rows.
	 */
	int bonusSheet(int year, LedgerFormat format, OutputStream out, Principal actor);

	/**
	 * Issues the quarter's bulletin, numbered in the year of {@code issuedOn}: each integrity supervisor of the
	 * quarter with the duties counted and the quarter's remarks. Needs EVALUATE.
	 */
	EvaluationBulletin issueBulletin(Period quarter, LocalDate issuedOn, Principal actor);

	/** The bulletins issued in the year, by number. */
	List<EvaluationBulletin> bulletins(int year, Principal viewer);

	/** Writes an issued bulletin as an official document. Needs READ or EVALUATE. */
	void writeBulletin(int year, int number, DocumentFormat format, OutputStream out, Principal viewer)
			throws IOException;
}
