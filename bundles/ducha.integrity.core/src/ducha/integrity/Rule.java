package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule or regulation (规章制度) of the court's integrity system.
 *
 * @param id                database id, 0 before it is stored
 * @param recordNo          编号, e.g. GZ-01
 * @param title             title, e.g. 离岗离职人员廉政谈话制度
 * @param issuer            who issued it (院党组, 政治部, ...)
 * @param effectiveDate     day it came into force
 * @param reviewCycleMonths months between reviews, null when not reviewed periodically
 * @param repealedDate      day it was repealed, null while in force
 * @param body              the attached text, may be null
 */
public record Rule(long id, String recordNo, String title, String issuer, LocalDate effectiveDate,
		Integer reviewCycleMonths, LocalDate repealedDate, String body) {

	public Rule {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(effectiveDate, "effectiveDate");
	}

	public boolean inForceOn(LocalDate day) {
		return !effectiveDate.isAfter(day) && (repealedDate == null || repealedDate.isAfter(day));
	}

	/** 现行有效 or 已废止 as of the day (未生效 before it comes into force). */
	public String statusOn(LocalDate day) {
		if (effectiveDate.isAfter(day)) {
			return "未生效";
		}
		return inForceOn(day) ? "现行有效" : "已废止";
	}
}
