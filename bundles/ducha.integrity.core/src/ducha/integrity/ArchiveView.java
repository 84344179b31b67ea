package ducha.integrity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ducha.core.directory.Staff;
import ducha.core.spi.ArchiveEntry;

/**
 * One staff member's archive as a viewer may see it.
 *
 * @param staff     whose archive
 * @param entries   the entries that pass the filter, newest first
 * @param kinds     label of every entry kind inside the period before the kind filter (for a filter choice),
 *                  in order of first appearance
 * @param ownRecord true when viewers read their own archive (confidential entries are left out)
 * @param sources   Chinese name of each contributing plugin by its id ({@link ArchiveEntry#source()}), e.g.
 *                  cases → 审判监督
 */
public record ArchiveView(Staff staff, List<ArchiveEntry> entries, Map<String, String> kinds, boolean ownRecord,
		Map<String, String> sources) {

	public ArchiveView {
		entries = List.copyOf(entries);
		kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
		sources = Map.copyOf(sources);
	}

	/** The entry's kind as users read it (its label, or its id when it has none). */
	public String kindLabel(ArchiveEntry entry) {
		return kinds.getOrDefault(entry.kind(), entry.kind());
	}

	/** The Chinese name of the plugin that contributed the entry (its id when the name is unknown). */
	public String sourceLabel(ArchiveEntry entry) {
		if (entry.source() == null) {
			return "";
		}
		return sources.getOrDefault(entry.source(), entry.source());
	}
}
