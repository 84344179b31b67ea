package ducha.cases.internal.bulletin;

import java.time.LocalDate;
import java.util.List;

/** A stored bulletin with the departments its findings name. */
record BulletinRecord(long id, int year, int issueNo, LocalDate issuedDate, String title, List<String> departments) {

	String label() {
		return year + "年第" + issueNo + "期";
	}
}
