package ducha.inspections.internal.bulletins;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.DocumentService;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;
import ducha.inspections.Bulletin;
import ducha.inspections.BulletinService;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.inspections.Records;
import ducha.inspections.internal.jpa.BulletinEntity;
import ducha.inspections.internal.jpa.FindingEntity;

/** Bulletins numbered by the platform's numbering and written by its documents service; see {@link BulletinService}. */
@Component
public class DefaultBulletinService implements BulletinService {

	@Reference
	private InspectionsContext context;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile DocumentService documents;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile NumberingService numbering;

	@Override
	public Bulletin issue(String title, LocalDate issuedOn, List<String> findingNos, Principal actor) {
		context.checkManage(actor);
		NumberingService numbers = numbering;
		if (numbers == null) {
			throw new DuchaException(Messages.documentsUnavailable);
		}
		if (title == null || title.isBlank() || findingNos.isEmpty()) {
			throw new ValidationException(Messages.bulletinIncomplete);
		}
		List<String> named = List.copyOf(new LinkedHashSet<>(findingNos));
		Jpa.read(context.emf, em -> {
			named.forEach(no -> checkMayBeNamed(em, no));
			return null;
		});
		// the number is taken in the transaction that stores the bulletin: a bulletin refused gives it back
		return Jpa.write(context.emf, em -> {
			List<FindingEntity> findings = named.stream().map(no -> checkMayBeNamed(em, no)).toList();
			DocumentNumber number = numbers.issueIn(em, NUMBER_KIND, issuedOn.getYear(), title.strip(), actor);
			Bulletin bulletin = new Bulletin(number.year(), number.number(), title.strip(), issuedOn, named);
			BulletinEntity entity = new BulletinEntity(bulletin);
			em.persist(entity);
			findings.forEach(f -> f.namedIn(entity));
			context.audit.recordIn(em, actor, "inspections.bulletin.issue", "inspections.bulletin", bulletin.label(),
					bulletin.title() + "，" + named.size() + " 个问题");
			return bulletin;
		});
	}

	/** The finding, refused when it is unknown, already named, or of an unannounced inspection still open. */
	private static FindingEntity checkMayBeNamed(EntityManager em, String findingNo) {
		FindingEntity f = Records.existingFinding(em, findingNo);
		if (f.bulletin() != null) {
			throw new ValidationException(NLS.bind(Messages.bulletinFindingNamed, findingNo, f.bulletin().label()));
		}
		if (f.inspection().toRecord().confidential()) {
			throw new ValidationException(NLS.bind(Messages.bulletinFindingConfidential, findingNo));
		}
		return f;
	}

	@Override
	public List<Bulletin> bulletins(int year, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> em.createQuery(
				"select b from BulletinEntity b where b.year = :year order by b.number", BulletinEntity.class)
				.setParameter("year", year).getResultList().stream().map(b -> b.toRecord(Records.findingNosOf(em, b)))
				.toList());
	}

	@Override
	public OfficialDocument compose(int year, int number, Principal viewer) {
		context.checkRead(viewer);
		return Jpa.read(context.emf, em -> {
			BulletinEntity entity = em.createQuery(
					"select b from BulletinEntity b where b.year = :year and b.number = :number", BulletinEntity.class)
					.setParameter("year", year).setParameter("number", number).getResultList().stream().findFirst()
					.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.bulletinNotFound, year, number)));
			List<FindingEntity> findings = new ArrayList<>();
			for (String no : Records.findingNosOf(em, entity)) {
				findings.add(Records.existingFinding(em, no));
			}
			return BulletinComposer.compose(entity.toRecord(Records.findingNosOf(em, entity)),
					findings.stream().map(FindingEntity::toRecord).toList(),
					f -> findings.stream().filter(e -> e.toRecord().findingNo().equals(f.findingNo())).findFirst()
							.orElseThrow().inspection().toRecord(),
					context::departmentName, context::staffName);
		});
	}

	@Override
	public void write(int year, int number, DocumentFormat format, OutputStream out, Principal viewer)
			throws IOException {
		context.checkRead(viewer);
		DocumentService writer = documents;
		if (writer == null) {
			throw new DuchaException(Messages.documentsUnavailable);
		}
		OfficialDocument document = compose(year, number, viewer);
		writer.write(document, format, out);
		context.audit.record(viewer, "inspections.bulletin.write", "inspections.bulletin", document.number(),
				format.name());
	}

}
