package ducha.study.internal.jpa;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row about one staff member in one test (score, make-up, attempt, granted attempts): the columns every such
 * table has, and the one way they are looked up.
 */
@MappedSuperclass
public abstract class PersonRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "test_id")
	private long testId;

	@Column(name = "staff_no")
	private String staffNo;

	protected PersonRow() {
	}

	protected PersonRow(long testId, String staffNo) {
		this.testId = testId;
		this.staffNo = staffNo;
	}

	public long id() {
		return id;
	}

	public long testId() {
		return testId;
	}

	public String staffNo() {
		return staffNo;
	}

	/** The rows of the type about the person in the test, in id order. */
	public static <E extends PersonRow> List<E> of(EntityManager em, Class<E> type, long testId, String staffNo) {
		return em.createQuery("select r from " + type.getSimpleName() + " r where r.testId = :test"
				+ " and r.staffNo = :no order by r.id", type).setParameter("test", testId).setParameter("no", staffNo)
				.getResultList();
	}

	/** The one row of the type about the person in the test, made and persisted by {@code create} when none is. */
	public static <E extends PersonRow> E one(EntityManager em, Class<E> type, long testId, String staffNo,
			Supplier<E> create) {
		List<E> rows = of(em, type, testId, staffNo);
		if (!rows.isEmpty()) {
			return rows.get(0);
		}
		E row = create.get();
		em.persist(row);
		return row;
	}
}
