package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseBulletin;
import ducha.cases.ReviewFinding;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * 评查问题台账 ({@code cases.findings}): the trial management office's review findings. A finding is identified by
 * 案号 + 问题类型 + 责任人工号 and upserted by them; its department is the staff member's when it is first stored.
 * 所在通报 links it to a stored bulletin (imported with {@link BulletinLedger} or issued in the workbench), so that a
 * migrated year's report counts the departments and staff its bulletins named; an empty cell keeps the stored link.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class FindingLedger extends ReviewLedger<FindingLedger.Row> {

	static final String ID = "cases.findings";

	static final LedgerColumn CASE = new LedgerColumn("caseNo", "案号", true, "（2024）川0724民初1234号",
			Messages.colFindingCase);
	static final LedgerColumn TYPE = new LedgerColumn("type", "问题类型", true, "瑕疵案件", TYPES);
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "责任人工号", true, "10023", Messages.colStaffNo);
	static final LedgerColumn FOUND = new LedgerColumn("foundDate", "发现日期", true, "2024-03-05", Messages.colNotAfterToday);
	static final LedgerColumn DESCRIPTION = new LedgerColumn("description", "问题描述", true, "判决书对证据采信理由阐述不充分",
			Messages.colAtMost1000).limit(1000);
	static final LedgerColumn BULLETIN = new LedgerColumn("bulletin", "所在通报", false, "2024年第3期",
			Messages.colBulletin).limit(20);

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, TYPE, STAFF, FOUND, DESCRIPTION, BULLETIN);

	/**
	 * One row: the finding as the file states it.
	 *
	 * @param bulletin   the bulletin 所在通报 names, or null when empty
	 * @param bulletinId that bulletin's id once {@link #check} found it; null before, or without bulletin
	 */
	record Row(FindingKey key, LocalDate found, String description, BulletinIssue bulletin, Long bulletinId) {

		Row in(BulletinEntity stored) {
			return new Row(key, found, description, bulletin, stored.id());
		}
	}

	@Reference
	private CasesUnit support;

	public FindingLedger() {
		super(ID, "评查问题台账", COLUMNS, CASE, TYPE, STAFF);
	}

	@Override
	CasesUnit support() {
		return support;
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		FindingKey key = findingKey(v, row);
		LocalDate found = v.date(row, FOUND, LocalDate.now());
		String description = v.text(row, DESCRIPTION);
		String number = v.text(row, BULLETIN);
		BulletinIssue bulletin = BulletinIssue.parse(number);
		if (number != null && bulletin == null) {
			v.problem(row, BULLETIN, NLS.bind(Messages.badBulletinNumber, number));
		}
		if (key != null && key.type() != null) {
			v.unique(row, CASE, key.caseNo() + " " + key.type().label() + " " + key.staff().staffNo());
		}
		return v.hasProblems(row) ? null : new Row(key, found, description, bulletin, null);
	}

	/**
	 * A bulletin named must be stored and issued on or after the finding was made; a finding stored in one bulletin
	 * stays in it (an issued bulletin is never changed).
	 */
	@Override
	protected List<Row> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<Row> records) {
		List<Row> checked = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Row r = records.get(i);
			if (r.bulletin() == null) {
				checked.add(r);
				continue;
			}
			LedgerRow row = rows.get(i);
			BulletinEntity bulletin = r.bulletin().stored(em);
			if (bulletin == null) {
				v.problem(row, BULLETIN, NLS.bind(Messages.noSuchBulletin, r.bulletin().label()));
				continue;
			}
			CaseBulletin b = bulletin.toBulletin();
			if (r.found().isAfter(b.issuedDate())) {
				v.problem(row, FOUND, NLS.bind(Messages.findingAfterBulletin,
						new Object[] { r.found(), b.label(), b.issuedDate() }));
			}
			FindingEntity stored = stored(em, r.key());
			if (stored != null && stored.bulletinId() != null && stored.bulletinId() != b.id()) {
				BulletinEntity other = em.find(BulletinEntity.class, stored.bulletinId());
				v.problem(row, BULLETIN, NLS.bind(Messages.findingInBulletin, other.toBulletin().label(), b.label()));
			}
			checked.add(r.in(bulletin));
		}
		return checked;
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		FindingKey key = r.key();
		return insertOrUpdate(em, stored(em, key), () -> {
			FindingEntity created = new FindingEntity(key.caseNo(), key.type(), key.staff().staffNo(),
					key.staff().departmentCode(), r.found(), r.description());
			created.setBulletinId(r.bulletinId());
			return created;
		}, e -> {
			e.update(r.found(), r.description());
			if (r.bulletinId() != null) {
				e.setBulletinId(r.bulletinId());
			}
		});
	}

	/** The finding stored under the key, or null. */
	private static FindingEntity stored(EntityManager em, FindingKey key) {
		return em.createQuery("select f from FindingEntity f where f.caseNo = :caseNo"
				+ " and f.type = :type and f.staffNo = :staffNo", FindingEntity.class)
				.setParameter("caseNo", key.caseNo()).setParameter("type", key.type())
				.setParameter("staffNo", key.staff().staffNo()).getResultList().stream().findFirst().orElse(null);
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		Map<Long, String> bulletins = new HashMap<>();
		for (BulletinEntity b : em.createQuery("select b from BulletinEntity b", BulletinEntity.class)
				.getResultList()) {
			bulletins.put(b.id(), b.toBulletin().label());
		}
		return em.createQuery("select f from FindingEntity f order by f.foundDate, f.id", FindingEntity.class)
				.getResultList().stream().map(FindingEntity::toFinding)
				.filter(f -> reader.scope().includes(f.departmentCode())).map(f -> row(f, bulletins)).toList();
	}

	private static List<String> row(ReviewFinding f, Map<Long, String> bulletins) {
		return List.of(f.caseNo(), f.type().label(), f.staffNo(), f.foundDate().toString(), f.description(),
				f.bulletinId() == null ? "" : bulletins.getOrDefault(f.bulletinId(), ""));
	}
}
