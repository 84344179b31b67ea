package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.integrity.Rule;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.jpa.RuleEntity;

/** 规章制度 ({@code integrity.rules}). */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class RuleLedger extends KeyedLedger<Rule, RuleEntity> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "GZ-01", "制度的固定编号");
	static final LedgerColumn TITLE = new LedgerColumn("title", "标题", true, "离岗离职人员廉政谈话制度", "").limit(200);
	static final LedgerColumn ISSUER = new LedgerColumn("issuer", "发布单位", true, "院党组", "").limit(100);
	static final LedgerColumn EFFECTIVE = new LedgerColumn("effectiveDate", "施行日期", true, "2023-06-01", "");
	static final LedgerColumn CYCLE = new LedgerColumn("reviewCycleMonths", "复核周期（月）", false, "12",
			"每隔几个月复核一次；不定期复核的留空");
	static final LedgerColumn REPEALED = new LedgerColumn("repealedDate", "废止日期", false, "", "现行有效的留空");
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", false, "现行有效", "现行有效、已废止；可留空");
	static final LedgerColumn BODY = new LedgerColumn("body", "正文", false, "", "制度全文或摘要，最多 32000 字").limit(32000);

	@Activate
	public RuleLedger(@Reference LedgerSupport support) {
		super(support, "integrity.rules", "规章制度",
				List.of(NO, TITLE, ISSUER, EFFECTIVE, CYCLE, REPEALED, STATUS, BODY), RuleEntity.class,
				"recordNo", Rule::recordNo);
	}

	@Override
	protected Rule parse(LedgerRowValidator v, LedgerRow row) {
		String title = v.text(row, TITLE);
		String issuer = v.text(row, ISSUER);
		LocalDate effective = v.date(row, EFFECTIVE, null);
		Integer cycle = v.integer(row, CYCLE);
		if (cycle != null && (cycle < 1 || cycle > 120)) {
			v.problem(row, CYCLE, Messages.ledgerCycleRange);
		}
		LocalDate repealed = v.date(row, REPEALED, null);
		Rows.notBefore(v, row, REPEALED, repealed, EFFECTIVE, effective);
		Rows.status(v, row, STATUS, REPEALED, repealed, "现行有效", "已废止");
		String body = v.text(row, BODY);
		return v.hasProblems(row) ? null
				: new Rule(0, row.get(NO.key()), title, issuer, effective, cycle, repealed, body);
	}

	@Override
	protected Function<Rule, List<String>> cells() {
		LocalDate today = LocalDate.now();
		return r -> List.of(r.recordNo(), r.title(), cell(r.issuer()), r.effectiveDate().toString(),
				cell(r.reviewCycleMonths()), cell(r.repealedDate()),
				r.repealedDate() != null && !r.repealedDate().isAfter(today) ? "已废止" : "现行有效", cell(r.body()));
	}
}
