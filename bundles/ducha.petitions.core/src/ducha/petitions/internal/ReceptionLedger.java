package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.internal.jpa.PetitionEntity;
import ducha.petitions.internal.jpa.ReceptionEntity;

/**
 * The 接访日台账 ({@code petitions.reception-days}): the reception log of past years, one row a reception, keyed by
 * 接访日期 + 序号 (its place among the day's receptions, in the order they were logged). A reception has no key of
 * its own (the same receiver may take several visitors a day), so the 序号 is what makes a re-imported file update
 * the receptions it brought instead of adding them again; new ones of a day take the next numbers, without gaps.
 * The visitor is never named: a visit that led to a petition names its number, which must be a petition the
 * importer may see.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class ReceptionLedger extends RecordLedgerKind<ReceptionLedger.Row> {

	static final LedgerColumn DATE = new LedgerColumn("day", "接访日期", true, "2024-03-06", "不晚于今天（接访日为每周三，其他日期也可）");
	static final LedgerColumn SEQ = new LedgerColumn("seq", "序号", true, "1", "当日第几次接访，从 1 起连续编号");
	static final LedgerColumn RECEIVER = new LedgerColumn("receiverStaffNo", "接访人工号", true, "10001",
			"接访的院领导或干警的工号，须已在干警名册中");
	static final LedgerColumn NAME = new LedgerColumn("receiverName", "接访人", false, "张明", "可不填；填写时须与工号一致")
			.limit(50);
	static final LedgerColumn PETITION = new LedgerColumn("petitionNumber", "信访件编号", false, "XF2024-004",
			"来访登记为信访件时填写其编号，须为已登记或已导入的信访件").limit(30);
	static final LedgerColumn NOTE = new LedgerColumn("note", "接访情况", false, "接待来访群众 1 人次，系诉讼咨询，已引导至诉讼服务中心", "")
			.limit(1000);

	/** One row; the stored link it keeps is filled in by the checks (see {@link #check}). */
	record Row(LocalDate day, int seq, String receiverStaffNo, String petitionNumber, String note) {

		Row linking(String number) {
			return new Row(day, seq, receiverStaffNo, number, note);
		}
	}

	@Reference
	private PetitionsUnit unit;

	public ReceptionLedger() {
		super("petitions.reception-days", "接访日台账", List.of(DATE, SEQ, RECEIVER, NAME, PETITION, NOTE));
	}

	@Override
	protected LedgerStorage storage() {
		return LedgerStorage.of(unit.emf(), unit.authorization(), unit.audit(), PetitionPermissions.HANDLE,
				PetitionPermissions.READ, "petition.reception.import");
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		LocalDate day = v.date(row, DATE, LocalDate.now());
		Integer seq = v.integer(row, SEQ);
		if (seq != null && seq < 1) {
			v.problem(row, SEQ, NLS.bind(Messages.ledgerSeqBelowOne, seq));
		} else if (day != null && seq != null) {
			v.unique(row, SEQ, NLS.bind(Messages.ledgerReceptionKey, day, seq));
		}
		Staff receiver = v.staff(row, RECEIVER, unit.directory());
		String name = v.text(row, NAME);
		if (receiver != null && name != null && !name.equals(receiver.name())) {
			v.problem(row, NAME, NLS.bind(Messages.ledgerNameMismatch,
					new Object[] { receiver.staffNo(), receiver.name(), name }));
		}
		String petition = v.text(row, PETITION);
		String note = v.text(row, NOTE);
		return v.hasProblems(row) ? null : new Row(day, seq, receiver.staffNo(), petition, note);
	}

	/**
	 * A petition named must be one the importer may see; the 序号 new to a day must follow the day's stored
	 * receptions and each other without a gap. A row without 信访件编号 keeps a stored link to a petition the importer
	 * may not see: their own export showed it empty, and importing that export must not cut the link. The records
	 * come back in day and 序号 order, the order they are stored in.
	 */
	@Override
	protected List<Row> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<Row> records,
			Principal actor) {
		PetitionAccess access = unit.access();
		Map<String, Boolean> visible = new HashMap<>();
		Map<LocalDate, List<ReceptionEntity>> stored = new HashMap<>();
		Map<LocalDate, Set<Integer>> inFile = new HashMap<>();
		records.forEach(r -> inFile.computeIfAbsent(r.day(), d -> new HashSet<>()).add(r.seq()));
		List<Row> checked = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Row r = records.get(i);
			LedgerRow row = rows.get(i);
			boolean clean = true;
			if (r.petitionNumber() != null
					&& !visible.computeIfAbsent(r.petitionNumber(), no -> maySee(em, access, actor, no))) {
				v.problem(row, PETITION, NLS.bind(Messages.ledgerNoPetition, r.petitionNumber()));
				clean = false;
			}
			List<ReceptionEntity> day = stored.computeIfAbsent(r.day(), d -> day(em, d));
			for (int missing = day.size() + 1; missing < r.seq() && clean; missing++) {
				if (!inFile.get(r.day()).contains(missing)) {
					v.problem(row, SEQ, NLS.bind(Messages.ledgerSeqGap, new Object[] { r.day(), day.size(), missing }));
					clean = false;
				}
			}
			if (!clean) {
				continue;
			}
			ReceptionEntity same = r.seq() <= day.size() ? day.get(r.seq() - 1) : null;
			if (r.petitionNumber() == null && same != null && same.petitionNumber() != null
					&& !visible.computeIfAbsent(same.petitionNumber(), no -> maySee(em, access, actor, no))) {
				r = r.linking(same.petitionNumber());
			}
			checked.add(r);
		}
		checked.sort(Comparator.comparing(Row::day).thenComparingInt(Row::seq));
		return checked;
	}

	private static boolean maySee(EntityManager em, PetitionAccess access, Principal actor, String number) {
		try {
			PetitionEntity p = Petitions.find(em, number);
			return access.maySee(actor, p);
		} catch (NotFoundException e) {
			return false;
		}
	}

	/** The day's receptions in the order they were logged: their 序号 are 1, 2, … in this order. */
	private static List<ReceptionEntity> day(EntityManager em, LocalDate day) {
		return em.createQuery("select r from ReceptionEntity r where r.day = :day order by r.id", ReceptionEntity.class)
				.setParameter("day", day).getResultList();
	}

	/** Called in day and 序号 order: a new reception is the day's next one. */
	@Override
	protected Stored upsert(EntityManager em, Row r) {
		List<ReceptionEntity> day = day(em, r.day());
		return insertOrUpdate(em, r.seq() <= day.size() ? day.get(r.seq() - 1) : null,
				() -> new ReceptionEntity(r.day(), r.receiverStaffNo(), r.petitionNumber(), r.note()),
				e -> e.update(r.receiverStaffNo(), r.petitionNumber(), r.note()));
	}

	/** Every reception by day, the petition left empty where the reader may not see it (as in the calendar). */
	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		PetitionAccess access = unit.access();
		Map<String, Boolean> visible = new HashMap<>();
		Map<String, Optional<Staff>> staff = new HashMap<>();
		List<List<String>> rows = new ArrayList<>();
		LocalDate day = null;
		int seq = 0;
		for (ReceptionEntity r : em
				.createQuery("select r from ReceptionEntity r order by r.day, r.id", ReceptionEntity.class)
				.getResultList()) {
			seq = r.day().equals(day) ? seq + 1 : 1;
			day = r.day();
			String petition = r.petitionNumber() != null
					&& visible.computeIfAbsent(r.petitionNumber(), no -> maySee(em, access, reader, no))
							? r.petitionNumber()
							: "";
			String name = staff.computeIfAbsent(r.receiverStaffNo(), no -> unit.directory().staff(no))
					.map(Staff::name).orElse("");
			rows.add(List.of(day.toString(), String.valueOf(seq), r.receiverStaffNo(), name, petition,
					cell(r.note())));
		}
		return rows;
	}
}
