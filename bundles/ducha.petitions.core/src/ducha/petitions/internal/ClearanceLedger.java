package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.directory.Staff;
import ducha.core.documents.DocumentNumber;
import ducha.core.jpa.Counters;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.petitions.Clearance;
import ducha.petitions.Petition;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.internal.jpa.ClearanceEntity;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * The 澄清正名台账 ({@code petitions.clearances}): the staff cleared of untrue reports in past years, keyed by
 * 信访件编号 + 工号 (upserted by them). A row is held to what {@link ducha.petitions.PetitionService#clear} asks of a
 * clearance given in the workbench: a petition the importer may work on, concluded 不实 or 诬告陷害, naming the
 * staff member. A petition the importer may not see (one that names them) is refused as if it did not exist. The
 * notice numbers of the file move the platform's counter of clearance notices past them, so that the next notice
 * issued in the workbench follows the highest one imported. No column ever holds anything about the reporter.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class ClearanceLedger extends RecordLedgerKind<ClearanceLedger.Row> {

	static final LedgerColumn PETITION = new LedgerColumn("petitionNumber", "信访件编号", true, "XF2024-017",
			"已登记或已导入的信访件编号").limit(30);
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "澄清干警工号", true, "10023",
			"该信访件反映的干警的工号，须已在干警名册中");
	static final LedgerColumn DATE = new LedgerColumn("clearedOn", "澄清日期", true, "2024-04-18",
			"不早于该信访件的核查认定日期，不晚于今天");
	static final LedgerColumn STATEMENT = new LedgerColumn("statement", "澄清内容", true,
			"经核查，反映该同志的问题不实，特予澄清，消除不良影响。", "").limit(PetitionRules.TEXT_LENGTH);
	static final LedgerColumn NOTICE = new LedgerColumn("noticeNumber", "通知书编号", false, "2024年第3期",
			"已印发的澄清通知书编号，年份须为澄清日期的年份；不填则保留已有编号").limit(30);

	private static final Pattern NOTICE_NUMBER = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*(\\d{1,6})\\s*期");

	/**
	 * One row: the clearance, its notice's number in its year (null: none given), and once checked the petition's
	 * id and the importer, who issues a clearance new to the register.
	 */
	record Row(String petitionNumber, String staffNo, LocalDate clearedOn, String statement, Integer noticeNo,
			long petitionId, String importer) {

		Row checked(long id, String by) {
			return new Row(petitionNumber, staffNo, clearedOn, statement, noticeNo, id, by);
		}
	}

	@Reference
	private PetitionsUnit unit;

	public ClearanceLedger() {
		super("petitions.clearances", "澄清正名台账", List.of(PETITION, STAFF, DATE, STATEMENT, NOTICE));
	}

	@Override
	protected LedgerStorage storage() {
		return LedgerStorage.of(unit.emf(), unit.authorization(), unit.audit(), PetitionPermissions.HANDLE,
				PetitionPermissions.READ, "petition.clearance.import");
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		String number = v.text(row, PETITION);
		Staff staff = v.staff(row, STAFF, unit.directory());
		LocalDate date = v.date(row, DATE, LocalDate.now());
		String statement = v.text(row, STATEMENT);
		Integer notice = noticeNo(v, row, date);
		if (number != null && staff != null) {
			v.unique(row, STAFF, number + " " + staff.staffNo());
		}
		return v.hasProblems(row) ? null
				: new Row(number, staff.staffNo(), date, statement, notice, 0, null);
	}

	/** The number of 2024年第3期, which must count in the year of the clearance (the year the service numbers in). */
	private static Integer noticeNo(LedgerRowValidator v, LedgerRow row, LocalDate clearedOn) {
		String text = v.text(row, NOTICE);
		if (text == null) {
			return null;
		}
		Matcher m = NOTICE_NUMBER.matcher(text);
		int number = m.matches() ? Integer.parseInt(m.group(2)) : 0;
		if (number < 1) {
			v.problem(row, NOTICE, NLS.bind(Messages.ledgerBadNotice, text));
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		if (clearedOn != null && year != clearedOn.getYear()) {
			v.problem(row, NOTICE, NLS.bind(Messages.ledgerNoticeOtherYear, text, clearedOn.getYear()));
			return null;
		}
		v.unique(row, NOTICE, new DocumentNumber(Clearance.NOTICE_KIND, year, number).label());
		return number;
	}

	@Override
	protected List<Row> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<Row> records,
			Principal actor) {
		PetitionAccess access = unit.access();
		Map<String, Optional<PetitionEntity>> petitions = new HashMap<>();
		List<Row> checked = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Row r = records.get(i);
			LedgerRow row = rows.get(i);
			PetitionEntity p = petitions.computeIfAbsent(r.petitionNumber(), no -> find(em, no)).orElse(null);
			if (p == null || !access.maySee(actor, p)) {
				v.problem(row, PETITION, NLS.bind(Messages.ledgerNoPetition, r.petitionNumber()));
				continue;
			}
			if (!access.mayWork(actor, p)) {
				v.problem(row, PETITION, NLS.bind(Messages.onlyHandlersWork, p.number()));
				continue;
			}
			Petition petition = p.toRecord();
			if (!petition.state().concluded() || petition.conclusion() == null
					|| !petition.conclusion().allowsClearance()) {
				v.problem(row, PETITION, Messages.clearanceNotAllowed);
				continue;
			}
			if (!p.reportedStaff().contains(r.staffNo())) {
				v.problem(row, STAFF, NLS.bind(Messages.clearanceNotReported, r.staffNo(), p.number()));
				continue;
			}
			if (petition.concludedOn() != null && r.clearedOn().isBefore(petition.concludedOn())) {
				v.problem(row, DATE, NLS.bind(Messages.ledgerClearedBeforeConclusion,
						new Object[] { r.clearedOn(), p.number(), petition.concludedOn() }));
				continue;
			}
			if (r.noticeNo() != null && !noticeFree(em, v, row, r, p.id())) {
				continue;
			}
			checked.add(r.checked(p.id(), actor.username()));
		}
		return checked;
	}

	private static Optional<PetitionEntity> find(EntityManager em, String number) {
		try {
			return Optional.of(Petitions.find(em, number));
		} catch (NotFoundException e) {
			return Optional.empty();
		}
	}

	/**
	 * A notice number no other clearance holds, and not another number than the one this clearance's notice was
	 * issued under: a notice once issued keeps its number (printing it again reuses it).
	 */
	private static boolean noticeFree(EntityManager em, LedgerRowValidator v, LedgerRow row, Row r, long petitionId) {
		int year = r.clearedOn().getYear();
		String label = new DocumentNumber(Clearance.NOTICE_KIND, year, r.noticeNo()).label();
		ClearanceEntity own = stored(em, petitionId, r.staffNo());
		if (own != null && own.hasNoticeNumber()
				&& (own.noticeYear() != year || !own.noticeNo().equals(r.noticeNo()))) {
			String issued = new DocumentNumber(Clearance.NOTICE_KIND, own.noticeYear(), own.noticeNo()).label();
			v.problem(row, NOTICE, NLS.bind(Messages.ledgerNoticeFixed, issued, label));
			return false;
		}
		boolean taken = em.createQuery("select c from ClearanceEntity c where c.noticeYear = :year"
				+ " and c.noticeNo = :no", ClearanceEntity.class).setParameter("year", year)
				.setParameter("no", r.noticeNo()).getResultList().stream().anyMatch(c -> c != own);
		if (taken) {
			v.problem(row, NOTICE, NLS.bind(Messages.ledgerNoticeUsed, label));
			return false;
		}
		return true;
	}

	private static ClearanceEntity stored(EntityManager em, long petitionId, String staffNo) {
		return em.createQuery("select c from ClearanceEntity c where c.petitionId = :id and c.staffNo = :no",
				ClearanceEntity.class).setParameter("id", petitionId).setParameter("no", staffNo).getResultList()
				.stream().findFirst().orElse(null);
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		return insertOrUpdate(em, stored(em, r.petitionId(), r.staffNo()), () -> {
			ClearanceEntity c = new ClearanceEntity(r.petitionId(), r.staffNo(), r.clearedOn(), r.statement(),
					r.importer());
			number(c, r);
			return c;
		}, c -> {
			c.update(r.clearedOn(), r.statement());
			number(c, r);
		});
	}

	/** An empty 通知书编号 keeps the number the notice was issued under. */
	private static void number(ClearanceEntity c, Row r) {
		if (r.noticeNo() != null) {
			c.setNoticeNumber(new DocumentNumber(Clearance.NOTICE_KIND, r.clearedOn().getYear(), r.noticeNo()));
		}
	}

	/** The counter of each year's notices moves past the highest number of the file (never back). */
	@Override
	protected void afterStore(EntityManager em, List<Row> records) {
		Map<Integer, Integer> highest = new HashMap<>();
		records.stream().filter(r -> r.noticeNo() != null)
				.forEach(r -> highest.merge(r.clearedOn().getYear(), r.noticeNo(), Math::max));
		highest.forEach((year, number) -> Counters.catchUp(em, Clearance.NOTICE_KIND, year, number));
	}

	/** The clearances of the petitions the reader may see, by date. */
	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		PetitionAccess access = unit.access();
		Map<Long, Optional<PetitionEntity>> visible = new HashMap<>();
		List<List<String>> rows = new ArrayList<>();
		for (ClearanceEntity c : em.createQuery("select c from ClearanceEntity c order by c.clearedOn, c.id",
				ClearanceEntity.class).getResultList()) {
			Optional<PetitionEntity> p = visible.computeIfAbsent(c.petitionId(),
					id -> Optional.ofNullable(em.find(PetitionEntity.class, id)).filter(e -> access.maySee(reader, e)));
			if (p.isPresent()) {
				Clearance clearance = c.toRecord(p.get().number());
				rows.add(List.of(clearance.petitionNumber(), clearance.staffNo(), clearance.clearedOn().toString(),
						clearance.statement(), cell(clearance.noticeNumber())));
			}
		}
		return rows;
	}
}
