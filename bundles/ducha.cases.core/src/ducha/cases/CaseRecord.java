package ducha.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One case of the register, as imported from the court's case-management system.
 *
 * @param number         案号
 * @param cause          案由
 * @param judgeNo        承办人 工号
 * @param departmentCode 承办部门 code
 * @param filingDate     立案日期
 * @param procedure      审理程序 (简易, 普通, ...), may be null
 * @param closedDate     结案日期, null while open
 * @param closingMethod  结案方式 (判决, 调解, 撤诉, ...), may be null
 * @param status         状态
 * @param partyCount     当事人数, null when unknown (the export did not carry it)
 */
public record CaseRecord(CaseNumber number, String cause, String judgeNo, String departmentCode,
		LocalDate filingDate, String procedure, LocalDate closedDate, String closingMethod, CaseStatus status,
		Integer partyCount) {

	/** A case whose party count is unknown. */
	public CaseRecord(CaseNumber number, String cause, String judgeNo, String departmentCode, LocalDate filingDate,
			String procedure, LocalDate closedDate, String closingMethod, CaseStatus status) {
		this(number, cause, judgeNo, departmentCode, filingDate, procedure, closedDate, closingMethod, status, null);
	}

	public CaseRecord {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(judgeNo, "judgeNo");
		Objects.requireNonNull(departmentCode, "departmentCode");
		Objects.requireNonNull(filingDate, "filingDate");
		Objects.requireNonNull(status, "status");
		if (partyCount != null && partyCount < 0) {
			throw new IllegalArgumentException("partyCount < 0: " + partyCount);
		}
	}

	/** Days from filing to the given day (or to closing, when closed earlier). */
	public long ageOn(LocalDate day) {
		LocalDate end = closedDate != null && closedDate.isBefore(day) ? closedDate : day;
		return java.time.temporal.ChronoUnit.DAYS.between(filingDate, end);
	}
}
