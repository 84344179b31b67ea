package ducha.cases;

/**
 * Which cases a register or watch-list page shows; every field may be null for "any".
 *
 * @param departmentCode 承办部门
 * @param judgeNo        承办人 工号
 * @param status         状态
 * @param minAgeDays     only cases at least this many days since filing (watch lists), or null
 */
public record CaseQuery(String departmentCode, String judgeNo, CaseStatus status, Integer minAgeDays) {

	public static final CaseQuery ALL = new CaseQuery(null, null, null, null);

	public CaseQuery withDepartment(String code) {
		return new CaseQuery(code, judgeNo, status, minAgeDays);
	}
}
