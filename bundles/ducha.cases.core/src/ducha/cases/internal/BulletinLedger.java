package ducha.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseBulletin;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * 案件质量评查通报台账 ({@code cases.bulletins}): the case bulletins a court issued before it used the workbench, one
 * row per bulletin, keyed by its number (2024年第3期). Import it before the findings ledger, whose 所在通报 names
 * them. A bulletin is never changed once issued: a number already stored is refused unless the row states that
 * very bulletin (then it is kept, so the same file may be imported twice). The year's counter then follows the
 * highest number stored ({@link BulletinNumbering#follow}): after 2024年第3期 the workbench issues 2024年第4期.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class BulletinLedger extends RecordLedgerKind<BulletinLedger.Row> {

	static final String ID = "cases.bulletins";

	static final LedgerColumn NUMBER = new LedgerColumn("number", "期号", true, "2024年第3期", Messages.colBulletinNumber)
			.limit(20);
	static final LedgerColumn ISSUED = new LedgerColumn("issuedDate", "印发日期", true, "2024-06-28",
			Messages.colBulletinIssued);
	static final LedgerColumn TITLE = new LedgerColumn("title", "通报标题", true, "关于2024年第二季度案件质量评查情况的通报",
			Messages.colBulletinTitle).limit(200);

	private static final List<LedgerColumn> COLUMNS = List.of(NUMBER, ISSUED, TITLE);

	/** One row: the bulletin as the file states it. */
	record Row(BulletinIssue issue, LocalDate issued, String title) {
	}

	@Reference
	private CasesUnit support;

	public BulletinLedger() {
		// keyed by the number as parsed (2024年第03期 is 2024年第3期): parse checks it is once in the file
		super(ID, "案件质量评查通报台账", COLUMNS);
	}

	@Override
	protected LedgerStorage storage() {
		return support.reviewLedgers();
	}

	/** Besides the storage's permission, a court-wide scope ({@link CourtWideImport}). */
	@Override
	protected void checkMayImport(Principal actor) {
		super.checkMayImport(actor);
		CourtWideImport.require(actor, label());
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		String number = v.text(row, NUMBER);
		BulletinIssue issue = BulletinIssue.parse(number);
		if (number != null && issue == null) {
			v.problem(row, NUMBER, NLS.bind(Messages.badBulletinNumber, number));
		}
		if (issue != null) {
			v.unique(row, NUMBER, issue.label());
		}
		LocalDate issued = v.date(row, ISSUED, LocalDate.now());
		if (issue != null && issued != null && issued.getYear() != issue.year()) {
			v.problem(row, ISSUED, NLS.bind(Messages.bulletinOtherYear, issued, issue.label()));
		}
		String title = v.text(row, TITLE);
		return v.hasProblems(row) ? null : new Row(issue, issued, title);
	}

	/** A number already stored must be that same bulletin: an issued bulletin is never changed. */
	@Override
	protected List<Row> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<Row> records) {
		for (int i = 0; i < records.size(); i++) {
			Row r = records.get(i);
			BulletinEntity stored = r.issue().stored(em);
			if (stored != null && !same(stored.toBulletin(), r)) {
				CaseBulletin b = stored.toBulletin();
				v.problem(rows.get(i), NUMBER, NLS.bind(Messages.bulletinStored,
						new Object[] { b.label(), b.issuedDate(), b.title() }));
			}
		}
		return records;
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		if (r.issue().stored(em) != null) {
			return Stored.KEPT;
		}
		em.persist(new BulletinEntity(r.issue().year(), r.issue().issueNo(), r.issued(), r.title()));
		return Stored.INSERTED;
	}

	/** The counter of each year of the file moves to the year's highest bulletin. */
	@Override
	protected void afterStore(EntityManager em, List<Row> records) {
		records.stream().map(r -> r.issue().year()).distinct().forEach(year -> BulletinNumbering.follow(em, year));
	}

	/** Every bulletin: they are the court's, whichever departments their findings name. */
	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		return em.createQuery("select b from BulletinEntity b order by b.year, b.issueNo", BulletinEntity.class)
				.getResultList().stream().map(BulletinEntity::toBulletin)
				.map(b -> List.of(b.label(), b.issuedDate().toString(), b.title())).toList();
	}

	private static boolean same(CaseBulletin stored, Row r) {
		return stored.issuedDate().equals(r.issued()) && Objects.equals(stored.title(), r.title());
	}
}
