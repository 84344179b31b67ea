package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ValidationException;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;

/**
 * The 信访举报台账, export only: petitions are registered one by one through intake, where the reporter is sealed.
 * The export carries 受保护 (or 匿名) in the reporter column for everyone, handlers included: a ledger file leaves
 * the audited service, so no identity goes into one.
 */
@Component
public class PetitionLedger implements LedgerKind {

	static final List<LedgerColumn> COLUMNS = List.of(
			new LedgerColumn("number", "编号", true, "XF2024-001", "信访件编号"),
			new LedgerColumn("channel", "来源渠道", true, "来信", "来信、来访、网上举报、电话举报、上级转办"),
			new LedgerColumn("receivedOn", "收件日期", true, "2024-03-06", ""),
			new LedgerColumn("reporter", "举报人", true, Petition.PROTECTED, "始终为“受保护”或“匿名”"),
			new LedgerColumn("reportedStaff", "被反映人工号", true, "10023", "多人以、分隔"),
			new LedgerColumn("category", "问题类别", true, "违反廉洁纪律", ""),
			new LedgerColumn("summary", "内容摘要", true, "反映某干警接受当事人宴请", ""),
			new LedgerColumn("referringBody", "转办机关", false, "", "上级转办时填写"),
			new LedgerColumn("deadline", "办理期限", true, "2024-05-05", ""),
			new LedgerColumn("state", "状态", true, "已结案", "已登记、已分派、核查中、已认定、已处置、已结案"),
			new LedgerColumn("conclusion", "核查结论", false, "不实", "属实、部分属实、不实、诬告陷害"),
			new LedgerColumn("disposition", "处置方式", false, "不予处理", ""),
			new LedgerColumn("disposedOn", "处置日期", false, "2024-04-20", ""));

	@Reference
	private PetitionService petitions;

	@Override
	public String id() {
		return "petitions";
	}

	@Override
	public String label() {
		return "信访举报台账";
	}

	@Override
	public List<LedgerColumn> columns() {
		return COLUMNS;
	}

	@Override
	public LedgerImportResult importTable(LedgerTable table, Principal actor) {
		throw new ValidationException(table.fileName() + ": 信访举报台账只能导出；信访件请逐件登记（举报人信息须加密保存）");
	}

	@Override
	public List<List<String>> exportRows(Principal reader) {
		return petitions.list(reader).stream().map(PetitionLedger::row).toList();
	}

	static List<String> row(Petition p) {
		return List.of(p.number(), p.channel().label(), p.receivedOn().toString(), p.reporter(),
				String.join("、", p.reportedStaff()), p.category(), p.summary(), text(p.referringBody()),
				p.deadline().toString(), p.state().label(), p.conclusion() == null ? "" : p.conclusion().label(),
				p.disposition() == null ? "" : p.disposition().label(), date(p.disposedOn()));
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}

	private static String date(LocalDate d) {
		return d == null ? "" : d.toString();
	}
}
