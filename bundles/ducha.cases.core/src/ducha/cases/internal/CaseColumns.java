package ducha.cases.internal;

import java.util.List;

import ducha.cases.CaseStatus;
import ducha.core.ledger.LedgerColumn;

/** The columns of the 案件登记 ledger, in file order (documented in docs/ledgers.md). */
final class CaseColumns {

	static final LedgerColumn CASE_NO = new LedgerColumn("caseNo", "案号", true, "（2023）川0724民初1234号",
			Messages.colCaseNo);
	static final LedgerColumn CAUSE = new LedgerColumn("cause", "案由", true, "民间借贷纠纷", Messages.colCause);
	static final LedgerColumn JUDGE = new LedgerColumn("judgeNo", "承办人工号", true, "10023", Messages.colJudge);
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "承办部门", true, "民事审判第一庭",
			Messages.colDepartment);
	static final LedgerColumn FILED = new LedgerColumn("filingDate", "立案日期", true, "2023-03-01",
			Messages.colFiled);
	static final LedgerColumn PROCEDURE = new LedgerColumn("procedure", "审理程序", false, "简易",
			Messages.colProcedure);
	static final LedgerColumn CLOSED = new LedgerColumn("closedDate", "结案日期", false, "",
			Messages.colClosed);
	static final LedgerColumn METHOD = new LedgerColumn("closingMethod", "结案方式", false, "", Messages.colMethod);
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", true, "在审", CaseStatus.accepted());

	static final LedgerColumn PARTIES = new LedgerColumn("partyCount", "当事人数", false, "",
			Messages.colParties);

	static final List<LedgerColumn> ALL = List.of(CASE_NO, CAUSE, JUDGE, DEPARTMENT, FILED, PROCEDURE, CLOSED, METHOD,
			STATUS, PARTIES);

	static final int CAUSE_LENGTH = 200;
	static final int PROCEDURE_LENGTH = 20;
	static final int METHOD_LENGTH = 50;

	private CaseColumns() {
	}
}
