package ducha.integrity;

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
 */
public record ArchiveView(Staff staff, List<ArchiveEntry> entries, Map<String, String> kinds, boolean ownRecord) {

	public ArchiveView {
		entries = List.copyOf(entries);
		kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
	}
}
