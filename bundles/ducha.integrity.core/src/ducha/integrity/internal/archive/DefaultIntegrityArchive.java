package ducha.integrity.internal.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.Modules;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityArchive;

/**
 * Gathers the archive from the contributors registered at the moment of the read (dynamic reference): a plugin
 * removed meanwhile simply contributes nothing, and contributes again once it is back.
 */
@Component
public class DefaultIntegrityArchive implements IntegrityArchive {

	private static final ILog LOG = ILog.of(DefaultIntegrityArchive.class);

	/** Newest first; same day: by kind, then title, so that the order is stable. */
	private static final Comparator<ArchiveEntry> TIMELINE = Comparator.comparing(ArchiveEntry::date).reversed()
			.thenComparing(ArchiveEntry::kind).thenComparing(e -> e.title() == null ? "" : e.title());

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<ArchiveContributor> contributors;

	@Reference
	private ArchiveAccess access;

	@Override
	public ArchiveView read(String staffNo, ArchiveFilter filter, Principal viewer) {
		Staff staff = access.staff(staffNo);
		boolean own = access.checkRead(staff, viewer, filter.period().label() + "廉政档案");
		Map<String, String> sources = new HashMap<>();
		List<ArchiveEntry> gathered = gather(staff, filter, viewer, own, sources);
		Map<String, String> kinds = new LinkedHashMap<>();
		gathered.stream().sorted(TIMELINE).forEach(e -> kinds.putIfAbsent(e.kind(), label(e)));
		List<ArchiveEntry> entries = gathered.stream().filter(e -> filter.keeps(e.kind())).sorted(TIMELINE).toList();
		return new ArchiveView(staff, entries, kinds, own, sources);
	}

	@Override
	public boolean mayRead(String staffNo, Principal viewer) {
		return access.mayRead(access.staff(staffNo), viewer);
	}

	@Override
	public List<Staff> readableStaff(Principal viewer) {
		return access.readableStaff(viewer);
	}

	private List<ArchiveEntry> gather(Staff staff, ArchiveFilter filter, Principal viewer, boolean own,
			Map<String, String> sources) {
		List<ArchiveContributor> current = contributors;
		List<ArchiveEntry> all = new ArrayList<>();
		if (current == null) {
			return all;
		}
		for (ArchiveContributor contributor : current) {
			try {
				if (contributor.source() != null) {
					// the archive and the 廉情报告 built on it are Chinese records, whatever the desktop's language
					sources.put(contributor.source(), Modules.displayName(contributor.source(),
							FrameworkUtil.getBundle(getClass()).getBundleContext(), Locale.SIMPLIFIED_CHINESE));
				}
				for (ArchiveEntry entry : contributor.entries(staff.staffNo(), filter.period(), viewer)) {
					// contributors are asked to filter; the archive does not rely on it for what it promises
					if (staff.staffNo().equals(entry.staffNo()) && filter.period().contains(entry.date())
							&& !(own && entry.confidential())) {
						all.add(entry);
					}
				}
			} catch (RuntimeException e) {
				// one broken plugin must not hide what the others hold
				LOG.error("Archive contributor " + contributor.source() + " failed for " + staff.staffNo(), e);
			}
		}
		return all;
	}

	private static String label(ArchiveEntry entry) {
		return entry.kindLabel() == null || entry.kindLabel().isBlank() ? entry.kind() : entry.kindLabel();
	}
}
