package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import ducha.cases.ReviewFinding;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * The base of the ledgers of what is done about a stored finding (talks, follow-ups): a row names its finding
 * ({@link ReviewLedger.FindingKey}) and a day; the finding must be stored, not later than the day, and have no
 * other row on that day. A record is keyed by its finding and day; the export lists the records of the findings of
 * the reader's departments.
 *
 * @param <R> what one row becomes
 * @param <E> the entity it is stored as
 */
abstract class FindingActionLedger<R extends FindingActionLedger.ActionRow<R>, E extends FindingActionEntity>
		extends ReviewLedger<R> {

	/** A row: the finding it names, its day, and the row completed with the finding once found. */
	interface ActionRow<R> {
		FindingKey key();

		LocalDate day();

		/** The finding, once {@link FindingActionLedger#check} found it; null before. */
		FindingEntity finding();

		R of(FindingEntity finding);
	}

	private final Class<E> entity;
	private final String dayField;
	private final LedgerColumn dayColumn;
	private final String sameDay;

	/**
	 * @param entity    the entity of a record
	 * @param dayField  its day attribute: with the finding, the record's key
	 * @param dayColumn the rows' day column
	 * @param sameDay   what a second row of one finding and day is, e.g. 的谈话
	 */
	FindingActionLedger(String id, String label, List<LedgerColumn> columns, LedgerColumn caseColumn,
			LedgerColumn typeColumn, LedgerColumn staffColumn, Class<E> entity, String dayField,
			LedgerColumn dayColumn, String sameDay) {
		super(id, label, columns, caseColumn, typeColumn, staffColumn);
		this.entity = entity;
		this.dayField = dayField;
		this.dayColumn = dayColumn;
		this.sameDay = sameDay;
	}

	/** The cells of one exported record, in column order. */
	abstract List<String> cells(E record, ReviewFinding finding);

	/** Every row must name one stored finding, be dated on or after it, and be its only row of that day. */
	@Override
	protected List<R> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<R> records) {
		Map<String, Integer> seen = new HashMap<>();
		List<R> found = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			R r = records.get(i);
			LedgerRow row = rows.get(i);
			FindingEntity f = finding(em, v, row, r.key());
			if (f == null) {
				continue;
			}
			if (r.day().isBefore(f.foundDate())) {
				v.problem(row, dayColumn, NLS.bind(Messages.dayBeforeFinding, dayColumn.header(), r.day(), f.foundDate()));
			}
			Integer first = seen.putIfAbsent(f.id() + " " + r.day(), row.rowNumber());
			if (first != null) {
				v.problem(row, dayColumn, NLS.bind(Messages.sameFindingSameDay, first, sameDay));
			}
			found.add(r.of(f));
		}
		return found;
	}

	/** The record stored for the row's finding and day, or null. */
	E stored(EntityManager em, R row) {
		return em.createQuery("select a from " + entity.getSimpleName() + " a where a.findingId = :id and a."
				+ dayField + " = :day", entity).setParameter("id", row.finding().id()).setParameter("day", row.day())
				.getResultList().stream().findFirst().orElse(null);
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		List<List<String>> rows = new ArrayList<>();
		for (Object[] pair : em.createQuery("select a, f from " + entity.getSimpleName() + " a, FindingEntity f"
				+ " where f.id = a.findingId order by a." + dayField + ", a.id", Object[].class).getResultList()) {
			ReviewFinding f = ((FindingEntity) pair[1]).toFinding();
			if (reader.scope().includes(f.departmentCode())) {
				rows.add(cells(entity.cast(pair[0]), f));
			}
		}
		return rows;
	}

	/**
	 * The finding a row refers to, or null with a problem: none with that case and staff member (and type), or
	 * several when the type is left empty.
	 */
	private FindingEntity finding(EntityManager em, LedgerRowValidator v, LedgerRow row, FindingKey key) {
		String staffNo = key.staff().staffNo();
		List<FindingEntity> found = em.createQuery("select f from FindingEntity f where f.caseNo = :caseNo and"
				+ " f.staffNo = :staffNo order by f.id", FindingEntity.class).setParameter("caseNo", key.caseNo())
				.setParameter("staffNo", staffNo).getResultList().stream()
				.filter(f -> key.type() == null || f.toFinding().type() == key.type()).toList();
		if (found.isEmpty()) {
			String type = key.type() == null ? "" : NLS.bind(Messages.noSuchFindingType, key.type().label());
			v.problem(row, caseColumn(), NLS.bind(Messages.noSuchFinding, key.caseNo(), staffNo, type));
			return null;
		}
		if (found.size() > 1) {
			v.problem(row, typeColumn(), NLS.bind(Messages.severalFindings, key.caseNo(), staffNo, found.size()));
			return null;
		}
		return found.get(0);
	}
}
