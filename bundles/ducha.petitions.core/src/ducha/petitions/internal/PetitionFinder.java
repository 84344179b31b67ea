package ducha.petitions.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.NumberSearch;
import ducha.core.security.Principal;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.petitions.Petition;
import ducha.petitions.PetitionTargets;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * The quick-find's petitions: by part of the 编号 (XF2024-003) only. Nothing else of a petition is matched, so a
 * search never tells whether a name is the reporter's or a reported person's, and a hit shows category and state,
 * never the reporter or the summary. Only petitions the viewer may see (the staff a petition names do not find it).
 */
@Component(service = RecordFinder.class)
public class PetitionFinder implements RecordFinder {

	@Reference
	private PetitionsUnit unit;

	@Override
	public List<FoundRecord> find(String text, Principal viewer, int limit) {
		PetitionAccess access = unit.access();
		if (!RecordFinder.searchable(text) || !access.mayList(viewer)) {
			return List.of();
		}
		return NumberSearch.containing(unit.emf(), PetitionEntity.class, "number", "e.receivedOn desc, e.number desc",
				text, p -> access.maySee(viewer, p), limit).stream().map(PetitionEntity::toRecord)
				.map(PetitionFinder::hit).toList();
	}

	private static FoundRecord hit(Petition p) {
		String line = String.join(" · ", p.category() == null ? "" : p.category(), p.state().label(),
				p.receivedOn().toString());
		return new FoundRecord(Messages.findPetitionKind, p.number(), line, PetitionTargets.LIST, p.number());
	}
}
