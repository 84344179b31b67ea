package ducha.inspections.internal.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.security.Principal;
import ducha.inspections.Checklist;
import ducha.inspections.ChecklistItem;
import ducha.inspections.ChecklistService;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.jpa.ChecklistEntity;

/** Checklist templates, one row per version in {@code insp_checklist}; see {@link ChecklistService}. */
@Component
public class DefaultChecklistService implements ChecklistService {

	@Reference
	private InspectionsContext context;

	@Override
	public Checklist save(String code, String title, List<ChecklistItem> items, int basedOn, Principal actor) {
		context.checkManage(actor);
		if (code == null || code.isBlank() || title == null || title.isBlank() || items.isEmpty()) {
			throw new ValidationException(Messages.checklistIncomplete);
		}
		Checklist saved = Jpa.write(context.emf, em -> {
			Integer last = em.createQuery("select max(c.version) from ChecklistEntity c where c.code = :code",
					Integer.class).setParameter("code", code.strip()).getSingleResult();
			// the template's own version number is its optimistic lock: a stored version is never changed
			Versions.expect(last == null ? 0 : last, basedOn, context.audit, "inspections.checklist", code.strip(),
					NLS.bind(Messages.checklistLabel, code.strip()));
			Checklist version = new Checklist(code.strip(), last == null ? 1 : last + 1, title.strip(),
					LocalDate.now(), items);
			em.persist(new ChecklistEntity(version));
			context.audit.recordIn(em, actor, "inspections.checklist.save", "inspections.checklist", version.code(),
					"第 " + version.version() + " 版，" + items.size() + " 项");
			return version;
		});
		return saved;
	}

	@Override
	public Optional<Checklist> checklist(String code, int version, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> find(em, code, version));
	}

	static Optional<Checklist> find(EntityManager em, String code, int version) {
		return em.createQuery("select c from ChecklistEntity c where c.code = :code and c.version = :version",
				ChecklistEntity.class).setParameter("code", code).setParameter("version", version).getResultList()
				.stream().findFirst().map(ChecklistEntity::toRecord);
	}

	@Override
	public List<Checklist> latest(Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> em.createQuery("select c from ChecklistEntity c where c.version ="
				+ " (select max(d.version) from ChecklistEntity d where d.code = c.code) order by c.code",
				ChecklistEntity.class).getResultList().stream().map(ChecklistEntity::toRecord).toList());
	}
}
