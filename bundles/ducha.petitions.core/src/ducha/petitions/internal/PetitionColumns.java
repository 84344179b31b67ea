package ducha.petitions.internal;

import java.util.List;

import ducha.core.ledger.LedgerColumn;

/**
 * The columns of the 信访举报台账, in file order. 举报人 is what every export writes (受保护 or 匿名); 举报人姓名 and
 * 联系方式 carry a past reporter's identity into an import only, and every export leaves them empty.
 */
final class PetitionColumns {

	static final LedgerColumn NUMBER = new LedgerColumn("number", "编号", true, "XF2024-001",
			"XF+收件年份-序号，如 XF2024-017；不得与已有信访件重复").limit(30);
	static final LedgerColumn CHANNEL = new LedgerColumn("channel", "来源渠道", true, "来信",
			"来信、来访、网上举报、电话举报、上级转办");
	static final LedgerColumn RECEIVED = new LedgerColumn("receivedOn", "收件日期", true, "2024-03-06", "不晚于今天");
	static final LedgerColumn REPORTER = new LedgerColumn("reporter", "举报人", false, "",
			"导出时始终为“受保护”或“匿名”；导入时可空（按举报人姓名判断）");
	static final LedgerColumn REPORTER_NAME = new LedgerColumn("reporterName", "举报人姓名", false, "张某",
			"仅导入时填写，导入即加密保存；导出时始终为空；空为匿名").limit(PetitionRules.NAME_LENGTH);
	static final LedgerColumn REPORTER_CONTACT = new LedgerColumn("reporterContact", "联系方式", false, "13900000000",
			"举报人的电话、地址等，仅导入时填写，加密保存；导出时始终为空").limit(PetitionRules.CONTACT_LENGTH);
	static final LedgerColumn STAFF = new LedgerColumn("reportedStaff", "被反映人工号", true, "10023",
			"须为干警名册中的工号，多人以、分隔");
	static final LedgerColumn CATEGORY = new LedgerColumn("category", "问题类别", true, "违反廉洁纪律", "")
			.limit(PetitionRules.CATEGORY_LENGTH);
	static final LedgerColumn SUMMARY = new LedgerColumn("summary", "内容摘要", true, "反映某干警接受当事人宴请", "")
			.limit(PetitionRules.SUMMARY_LENGTH);
	static final LedgerColumn REFERRING_BODY = new LedgerColumn("referringBody", "转办机关", false, "",
			"上级转办时必填，其他渠道不填").limit(PetitionRules.BODY_LENGTH);
	static final LedgerColumn DEADLINE = new LedgerColumn("deadline", "办理期限", false, "2024-05-05",
			"不早于收件日期；空则按来源渠道的办理期限计算");
	static final LedgerColumn STATE = new LedgerColumn("state", "状态", true, "已结案",
			"已登记、已分派、核查中、已认定、已处置、已结案");
	static final LedgerColumn CONCLUSION = new LedgerColumn("conclusion", "核查结论", false, "不实",
			"属实、部分属实、不实、诬告陷害；已认定及以后必填");
	static final LedgerColumn CONCLUSION_TEXT = new LedgerColumn("conclusionText", "核查情况", false,
			"经核查，反映问题不属实", "").limit(PetitionRules.TEXT_LENGTH);
	static final LedgerColumn CONCLUDED = new LedgerColumn("concludedOn", "认定日期", false, "2024-04-10",
			"已认定及以后必填；不早于收件日期");
	static final LedgerColumn DISPOSITION = new LedgerColumn("disposition", "处置方式", false, "不予处理",
			"移送纪检监察、谈话提醒、批评教育、责令书面检查、责令辞职、不予处理、其他；已处置及以后必填");
	static final LedgerColumn DISPOSITION_TEXT = new LedgerColumn("dispositionText", "处置情况", false, "",
			"").limit(PetitionRules.TEXT_LENGTH);
	static final LedgerColumn DISPOSED = new LedgerColumn("disposedOn", "处置日期", false, "2024-04-20",
			"已处置及以后必填；不早于认定日期");
	static final LedgerColumn CLOSED = new LedgerColumn("closedOn", "结案日期", false, "2024-04-30",
			"已结案时必填；不早于处置日期");

	static final List<LedgerColumn> ALL = List.of(NUMBER, CHANNEL, RECEIVED, REPORTER, REPORTER_NAME,
			REPORTER_CONTACT, STAFF, CATEGORY, SUMMARY, REFERRING_BODY, DEADLINE, STATE, CONCLUSION, CONCLUSION_TEXT,
			CONCLUDED, DISPOSITION, DISPOSITION_TEXT, DISPOSED, CLOSED);

	private PetitionColumns() {
	}
}
