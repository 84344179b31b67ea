package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionType;
import ducha.integrity.internal.jpa.DispositionEntity;

/** 处理台账 ({@code integrity.dispositions}): 谈话提醒、批评教育、责令书面检查、… */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class DispositionLedger extends KeyedLedger<Disposition, DispositionEntity> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "CL2024-001", "处理记录的固定编号");
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "工号", true, "10001", "须已在干警名册中");
	static final LedgerColumn TYPE = new LedgerColumn("type", "处理方式", true, "谈话提醒", DispositionType.labels());
	static final LedgerColumn DATE = new LedgerColumn("date", "处理日期", true, "2024-04-10", "不能晚于今天");
	static final LedgerColumn BASIS = new LedgerColumn("basis", "处理依据", true, "上班时间脱岗，违反工作纪律", "").limit(1000);
	static final LedgerColumn DECIDED_BY = new LedgerColumn("decidedBy", "决定机关", false, "院党组", "").limit(100);
	static final LedgerColumn NOTE = new LedgerColumn("note", "备注", false, "", "").limit(2000);

	@Activate
	public DispositionLedger(@Reference LedgerSupport support) {
		super(support, "integrity.dispositions", "处理台账",
				List.of(NO, STAFF, TYPE, DATE, BASIS, DECIDED_BY, NOTE), DispositionEntity.class,
				"recordNo", Disposition::recordNo);
	}

	@Override
	protected Disposition parse(LedgerRowValidator v, LedgerRow row) {
		String staffNo = staffNo(v, row, STAFF);
		DispositionType type = v.choice(row, TYPE, DispositionType::parse, DispositionType.labels());
		LocalDate date = v.date(row, DATE, LocalDate.now());
		String basis = v.text(row, BASIS);
		String decidedBy = v.text(row, DECIDED_BY);
		String note = v.text(row, NOTE);
		return v.hasProblems(row) ? null
				: new Disposition(0, row.get(NO.key()), staffNo, type, date, basis, decidedBy, note);
	}

	@Override
	protected Function<Disposition, List<String>> cells() {
		return d -> List.of(d.recordNo(), d.staffNo(), d.type().label(), d.date().toString(), cell(d.basis()),
				cell(d.decidedBy()), cell(d.note()));
	}

	@Override
	protected Predicate<Disposition> visibleTo(Principal reader) {
		Predicate<String> staff = support.staffVisibleTo(reader);
		return d -> staff.test(d.staffNo());
	}
}
