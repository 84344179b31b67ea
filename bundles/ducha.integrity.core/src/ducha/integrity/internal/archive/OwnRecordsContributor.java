package ducha.integrity.internal.archive;

import ducha.core.jpa.Jpa;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.Disposition;
import ducha.integrity.EducationActivity;
import ducha.integrity.Talk;
import ducha.integrity.internal.jpa.ActivityEntity;
import ducha.integrity.internal.jpa.DispositionEntity;
import ducha.integrity.internal.jpa.TalkEntity;

/**
 * The integrity plugin's own archive entries: talks (with their escalation), dispositions and the education
 * activities the staff member took part in. None is confidential: the person is told of each.
 */
@Component
public class OwnRecordsContributor implements ArchiveContributor {

	public static final String SOURCE = "integrity";
	public static final String KIND_TALK = "integrity.talk";
	public static final String KIND_DISPOSITION = "integrity.disposition";
	public static final String KIND_EDUCATION = "integrity.education";

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	/** The names of who held the talks. */
	@Reference
	private DirectoryService directory;

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer) {
		return Jpa.read(emf, em -> {
			List<ArchiveEntry> entries = new ArrayList<>();
			talks(em, staffNo, period).forEach(t -> entries.add(t));
			for (DispositionEntity d : em.createQuery("select d from DispositionEntity d where d.staffNo = :no"
					+ " and d.date between :from and :to", DispositionEntity.class).setParameter("no", staffNo)
					.setParameter("from", period.from()).setParameter("to", period.to()).getResultList()) {
				entries.add(entry(d.toRecord()));
			}
			for (ActivityEntity a : em.createQuery("select a from ActivityEntity a join a.participants p"
					+ " where p = :no and a.date between :from and :to", ActivityEntity.class)
					.setParameter("no", staffNo).setParameter("from", period.from()).setParameter("to", period.to())
					.getResultList()) {
				entries.add(entry(staffNo, a.toRecord()));
			}
			return entries;
		});
	}

	private List<ArchiveEntry> talks(EntityManager em, String staffNo, Period period) {
		List<Talk> talks = em.createQuery("select t from TalkEntity t where t.staffNo = :no", TalkEntity.class)
				.setParameter("no", staffNo).getResultList().stream().map(TalkEntity::toRecord).toList();
		Map<Long, Talk> byId = new HashMap<>();
		talks.forEach(t -> byId.put(t.id(), t));
		Map<String, String> names = new HashMap<>();
		return talks.stream().filter(t -> period.contains(t.date()))
				.map(t -> entry(t, talker(t, names), byId.get(t.escalatedFrom()))).toList();
	}

	/**
	 * 谈话人 as printed on the record, followed by the talker's name from the directory when the printed text does
	 * not already say it (民一庭庭长 → 民一庭庭长（李明）); talks recorded without a 工号 show what is printed.
	 */
	private String talker(Talk talk, Map<String, String> names) {
		String name = talk.heldByStaffNo() == null ? null : names.computeIfAbsent(talk.heldByStaffNo(),
				no -> directory.staff(no).map(Staff::name).orElse(""));
		return name == null || name.isEmpty() || talk.heldBy().contains(name) ? talk.heldBy()
				: talk.heldBy() + "（" + name + "）";
	}

	private static ArchiveEntry entry(Talk talk, String talker, Talk escalatedFrom) {
		StringBuilder detail = new StringBuilder("谈话人：").append(talker);
		if (escalatedFrom != null) {
			detail.append("\n由 ").append(escalatedFrom.date()).append(' ').append(escalatedFrom.level().label())
					.append("（").append(escalatedFrom.recordNo()).append("）升级");
		}
		append(detail, "谈话内容", talk.content());
		append(detail, "后续要求", talk.followUp());
		String title = talk.level().label() + (escalatedFrom != null ? "（升级）" : "") + "：" + talk.reason();
		return new ArchiveEntry(talk.staffNo(), talk.date(), KIND_TALK, "三级约谈", title, detail.toString(), SOURCE,
				false);
	}

	private static ArchiveEntry entry(Disposition d) {
		StringBuilder detail = new StringBuilder("依据：").append(d.basis());
		append(detail, "决定机关", d.decidedBy());
		append(detail, "备注", d.note());
		return new ArchiveEntry(d.staffNo(), d.date(), KIND_DISPOSITION, "处理", d.type().label() + "：" + d.basis(),
				detail.toString(), SOURCE, false);
	}

	private static ArchiveEntry entry(String staffNo, EducationActivity a) {
		return new ArchiveEntry(staffNo, a.date(), KIND_EDUCATION, "廉政教育", a.kind() + "：" + a.title(),
				a.description() == null ? "" : a.description(), SOURCE, false);
	}

	private static void append(StringBuilder detail, String label, String value) {
		if (value != null && !value.isBlank()) {
			detail.append('\n').append(label).append('：').append(value);
		}
	}
}
