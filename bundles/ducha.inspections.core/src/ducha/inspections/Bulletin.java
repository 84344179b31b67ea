package ducha.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An inspection bulletin (督察通报), the n-th of its year, gathering findings.
 *
 * @param findingNos the findings it names, in the order it names them
 */
public record Bulletin(int year, int number, String title, LocalDate issuedOn, List<String> findingNos) {

	public Bulletin {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(issuedOn, "issuedOn");
		findingNos = List.copyOf(findingNos);
	}

	/** As the office writes it: 2025年第3期. */
	public String label() {
		return year + "年第" + number + "期";
	}
}
