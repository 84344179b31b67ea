package ducha.cases.internal;

import java.util.List;

import ducha.core.ledger.LedgerColumn;

/** The columns of the 案件登记 ledger, in file order (documented in docs/ledgers.md). */
final class CaseColumns {

	static final LedgerColumn CASE_NO = new LedgerColumn("caseNo", "案号", true, "（2023）川0724民初1234号",
			"全角或半角括号均可，例如（2023）川0724民初1234号；按案号更新已有案件");
	static final LedgerColumn CAUSE = new LedgerColumn("cause", "案由", true, "民间借贷纠纷", "最多 200 个字");
	static final LedgerColumn JUDGE = new LedgerColumn("judgeNo", "承办人工号", true, "10023", "承办法官的工号，须在干警名册中");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "承办部门", true, "民事审判第一庭",
			"部门名称或部门编码，须已存在");
	static final LedgerColumn FILED = new LedgerColumn("filingDate", "立案日期", true, "2023-03-01",
			"不能晚于今天，年份应与案号年份一致");
	static final LedgerColumn PROCEDURE = new LedgerColumn("procedure", "审理程序", false, "简易",
			"例如 简易、普通、小额诉讼、速裁、二审；“程序”二字可省略");
	static final LedgerColumn CLOSED = new LedgerColumn("closedDate", "结案日期", false, "",
			"已结案件必填，不早于立案日期、不晚于今天");
	static final LedgerColumn METHOD = new LedgerColumn("closingMethod", "结案方式", false, "", "例如 判决、调解、撤诉、驳回起诉");
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", true, "在审", "在审（未结）、中止、已结（结案）");

	static final LedgerColumn PARTIES = new LedgerColumn("partyCount", "当事人数", false, "",
			"原告、被告、第三人等合计的人数，不小于 0；列缺失或留空表示未知（更新时保留已有人数）");

	static final List<LedgerColumn> ALL = List.of(CASE_NO, CAUSE, JUDGE, DEPARTMENT, FILED, PROCEDURE, CLOSED, METHOD,
			STATUS, PARTIES);

	static final int CAUSE_LENGTH = 200;
	static final int PROCEDURE_LENGTH = 20;
	static final int METHOD_LENGTH = 50;

	private CaseColumns() {
	}
}
