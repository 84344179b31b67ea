package ducha.cases;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import ducha.core.security.Principal;

/**
 * Writes a watch list as an XLSX workbook with Chinese headers, one sheet named after the list. The rows stream
 * page by page from the list services into a POI streaming workbook, so even a long-pending list of a million
 * cases never sits in memory. Needs {@link CasePermissions#READ}; only cases of the reader's departments.
 */
public interface WatchListExport {

	/**
	 * Writes the list's cases matching the query, in list order. The stream is not closed.
	 *
	 * @param asOf    the day ages and the long-pending rules count to
	 * @param monitor progress and cancel, may be null
	 * @return the number of cases written
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	long writeXlsx(WatchList list, CaseQuery query, LocalDate asOf, OutputStream out, Principal reader,
			IProgressMonitor monitor);

	/** Writes the cases carrying any of the kinds, e.g. one of the four kinds only. */
	long writeXlsx(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, OutputStream out, Principal reader,
			IProgressMonitor monitor);
}
