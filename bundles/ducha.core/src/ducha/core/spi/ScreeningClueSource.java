package ducha.core.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * SPI (OSGi service): a plugin that keeps a case register (the cases plugin) offers its flagged cases to the
 * petitions plugin's clue screening library (排查库). The library pulls from every registered source and keeps what
 * it already holds, so a source simply returns all its flagged cases; without any source the library is filled
 * from a ledger.
 */
public interface ScreeningClueSource {

	/** Plugin id, e.g. {@code cases}; stored with each clue. */
	String source();

	/** Every case the source flags now. */
	List<ScreeningClue> clues();

	/**
	 * A flagged case.
	 *
	 * @param caseNumber     案号, e.g. （2023）川0724民初1234号
	 * @param kind           {@code unqualified} (不合格案件), {@code reversed} (改发案件) or {@code retrial} (再审案件)
	 * @param staffNo        工号 of the judge responsible, may be null
	 * @param departmentCode the department's code, may be null
	 * @param flaggedOn      when the case was flagged
	 * @param description    why, may be empty
	 */
	record ScreeningClue(String caseNumber, String kind, String staffNo, String departmentCode, LocalDate flaggedOn,
			String description) {

		public static final String UNQUALIFIED = "unqualified";
		public static final String REVERSED = "reversed";
		public static final String RETRIAL = "retrial";

		public ScreeningClue {
			Objects.requireNonNull(caseNumber, "caseNumber");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(flaggedOn, "flaggedOn");
		}
	}
}
