package ducha.inspections.internal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.inspections.Bulletin;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.inspections.Records;
import ducha.inspections.internal.jpa.BulletinEntity;
import ducha.inspections.internal.jpa.FindingEntity;

/**
 * 督察通报台账 ({@code inspections.bulletins}): bulletins of past years keyed by 期号 (2024年第3期), naming findings
 * already stored. A bulletin of this year or later is refused: this year's numbers belong to the platform's
 * numbering, which issues them gap-free as bulletins are issued.
 */
@Component(service = LedgerKind.class)
public class BulletinLedger extends InspectionsLedger<Bulletin> {

	private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*(\\d{1,3})\\s*期");

	static final LedgerColumn NUMBER = new LedgerColumn("number", "期号", true, "2024年第3期", "往年的通报期号").limit(20);
	static final LedgerColumn TITLE = new LedgerColumn("title", "通报标题", true, "关于2024年第三季度日常督察情况的通报", "")
			.limit(200);
	static final LedgerColumn ISSUED = new LedgerColumn("issuedOn", "印发日期", true, "2024-10-08", "与期号同一年");
	static final LedgerColumn FINDINGS = new LedgerColumn("findings", "通报问题编号", true, "DC2024-031-1、DC2024-033-1",
			"须已在督察问题台账中，用顿号、逗号或空格分隔");

	@Activate
	public BulletinLedger(@Reference InspectionsContext context) {
		super(context, "inspections.bulletins", "督察通报台账", List.of(NUMBER, TITLE, ISSUED, FINDINGS), NUMBER);
	}

	@Override
	protected Bulletin parse(LedgerRowValidator v, LedgerRow row) {
		String label = v.text(row, NUMBER);
		Matcher m = label == null ? null : LABEL.matcher(label.strip());
		int year = 0;
		int number = 0;
		if (m != null) {
			if (m.matches() && Integer.parseInt(m.group(2)) > 0) {
				year = Integer.parseInt(m.group(1));
				number = Integer.parseInt(m.group(2));
				if (year >= LocalDate.now().getYear()) {
					v.problem(row, NUMBER, NLS.bind(Messages.ledgerBulletinThisYear, label));
				}
			} else {
				v.problem(row, NUMBER, NLS.bind(Messages.ledgerBadBulletinNumber, label));
			}
		}
		String title = v.text(row, TITLE);
		LocalDate issued = v.date(row, ISSUED, LocalDate.now());
		if (issued != null && year > 0 && issued.getYear() != year) {
			v.problem(row, ISSUED, NLS.bind(Messages.ledgerBulletinYear, issued, year));
		}
		List<String> findings = items(v, row, FINDINGS);
		if (v.hasProblems(row)) {
			return null;
		}
		return new Bulletin(year, number, title, issued, findings);
	}

	@Override
	protected List<Bulletin> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<Bulletin> records) {
		for (int i = 0; i < records.size(); i++) {
			for (String no : records.get(i).findingNos()) {
				FindingEntity f = Records.finding(em, no);
				if (f == null) {
					v.problem(rows.get(i), FINDINGS, NLS.bind(Messages.findingNotFound, no));
				} else if (f.inspection().toRecord().confidential()) {
					v.problem(rows.get(i), FINDINGS, NLS.bind(Messages.bulletinFindingConfidential, no));
				}
			}
		}
		return records;
	}

	@Override
	protected Stored upsert(EntityManager em, Bulletin bulletin) {
		BulletinEntity stored = em.createQuery(
				"select b from BulletinEntity b where b.year = :year and b.number = :number", BulletinEntity.class)
				.setParameter("year", bulletin.year()).setParameter("number", bulletin.number()).getResultList()
				.stream().findFirst().orElse(null);
		BulletinEntity entity = stored == null ? new BulletinEntity(bulletin) : stored;
		if (stored == null) {
			em.persist(entity);
		} else {
			stored.update(bulletin);
		}
		for (String no : bulletin.findingNos()) {
			Records.existingFinding(em, no).namedIn(entity);
		}
		return stored == null ? Stored.INSERTED : Stored.UPDATED;
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		return em.createQuery("select b from BulletinEntity b order by b.year, b.number", BulletinEntity.class)
				.getResultList().stream().map(b -> b.toRecord(Records.findingNosOf(em, b)))
				.map(b -> List.of(b.label(), b.title(), b.issuedOn().toString(), String.join("、", b.findingNos())))
				.toList();
	}
}
