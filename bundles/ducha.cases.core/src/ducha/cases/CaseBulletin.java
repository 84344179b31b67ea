package ducha.cases;

import java.time.LocalDate;

/**
 * A case bulletin (案件通报), numbered per year.
 *
 * @param id         stored id
 * @param year       numbering year
 * @param issueNo    issue within the year, from 1
 * @param issuedDate day issued
 * @param title      title
 */
public record CaseBulletin(long id, int year, int issueNo, LocalDate issuedDate, String title) {

	/** As the office writes it, e.g. 2024年第3期. */
	public String label() {
		return year + "年第" + issueNo + "期";
	}
}
