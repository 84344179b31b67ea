package ducha.cases.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseMarking;
import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.MarkKind;
import ducha.cases.PageKey;
import ducha.cases.WatchList;
import ducha.cases.WatchListExport;
import ducha.cases.WatchListService;
import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;

/**
 * Watch lists as XLSX: pages of {@link #PAGE} cases from the list services go straight into a streamed sheet.
 * Judges and departments are written by name (with the 工号 beside the judge), looked up once per export.
 */
@Component
public class DefaultWatchListExport implements WatchListExport {

	private static final int PAGE = 1000;
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final List<String> CASE_HEADERS = List.of("案号", "案由", "承办人", "承办人工号", "承办部门", "立案日期",
			"审理程序", "状态", "已立案天数");
	private static final int[] CASE_WIDTHS = { 26, 24, 8, 10, 16, 11, 8, 6, 10 };

	@Reference
	private WatchListService watch;

	@Reference
	private CaseMarkingService marking;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	@Override
	public long writeXlsx(WatchList list, CaseQuery query, LocalDate asOf, OutputStream out, Principal reader,
			IProgressMonitor monitor) {
		if (list == WatchList.LONG_PENDING) {
			return longPending(query, asOf, out, reader, monitor);
		}
		return marked(list.label(), list.kinds(), query, asOf, out, reader, monitor);
	}

	@Override
	public long writeXlsx(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, OutputStream out, Principal reader,
			IProgressMonitor monitor) {
		if (kinds.isEmpty()) {
			throw new ValidationException(Messages.noKindChosen);
		}
		String name = kinds.size() == 1 ? kinds.iterator().next().label()
				: kinds.equals(MarkKind.fourKinds()) ? WatchList.FOUR_KINDS.label() : "重点关注案件";
		return marked(name, kinds, query, asOf, out, reader, monitor);
	}

	private long longPending(CaseQuery query, LocalDate asOf, OutputStream out, Principal reader,
			IProgressMonitor monitor) {
		authorization.check(reader, CasePermissions.READ);
		SubMonitor progress = progress(monitor, WatchList.LONG_PENDING.label(),
				watch.countLongPending(query, asOf, reader));
		Names names = names();
		List<String> headers = new ArrayList<>(CASE_HEADERS);
		headers.addAll(List.of("预警日期", "预警规则")); // the list's order: most overdue first
		return write(WatchList.LONG_PENDING.label(), headers, widths(11, 24),
				key -> watch.longPending(query, asOf, key, PAGE, reader), e -> {
					List<Object> cells = caseCells(e.record(), e.ageDays(), names);
					cells.add(e.flagDate());
					cells.add(e.reason());
					return cells;
				}, progress, out);
	}

	private long marked(String name, Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, OutputStream out,
			Principal reader, IProgressMonitor monitor) {
		authorization.check(reader, CasePermissions.READ);
		SubMonitor progress = progress(monitor, name, marking.count(kinds, query, asOf, reader));
		Names names = names();
		List<String> headers = new ArrayList<>(CASE_HEADERS);
		headers.addAll(List.of("类别", "标记理由", "标记人", "标记时间"));
		return write(name, headers, widths(24, 40, 10, 17), key -> marking.marked(kinds, query, asOf, key, PAGE, reader),
				m -> {
					List<Object> cells = caseCells(m.record(), m.ageDays(), names);
					cells.add(m.kindsText());
					cells.add(join(m.marks(), CaseMarking::reason));
					cells.add(join(m.marks(), CaseMarking::actor));
					cells.add(join(m.marks(), c -> c.at().format(MINUTE)));
					return cells;
				}, progress, out);
	}

	/** Writes every page of a list as one sheet, one row per entry, reporting progress page by page. */
	private static <T> long write(String sheetName, List<String> headers, int[] widths,
			Function<PageKey, CasePage<T>> pages, Function<T, List<Object>> cells, SubMonitor progress,
			OutputStream out) {
		try (XlsxSheet sheet = new XlsxSheet(sheetName, headers, widths)) {
			long written = 0;
			PageKey key = null;
			do {
				CasePage<T> page = pages.apply(key);
				for (T entry : page.rows()) {
					sheet.row(cells.apply(entry));
				}
				written += advance(progress, page.rows().size());
				key = page.next();
			} while (key != null);
			sheet.writeTo(out);
			return written;
		} catch (IOException e) {
			throw new DuchaException(NLS.bind(Messages.exportFailed, sheetName, e.getMessage()), e);
		}
	}

	private static List<Object> caseCells(CaseRecord r, long ageDays, Names names) {
		List<Object> cells = new ArrayList<>();
		cells.add(r.number().text());
		cells.add(r.cause());
		cells.add(names.staff().getOrDefault(r.judgeNo(), ""));
		cells.add(r.judgeNo());
		cells.add(names.departments().name(r.departmentCode()));
		cells.add(r.filingDate());
		cells.add(r.procedure());
		cells.add(r.status().label());
		cells.add(ageDays);
		return cells;
	}

	private static String join(List<CaseMarking> marks, java.util.function.Function<CaseMarking, String> part) {
		return marks.stream().map(part).collect(Collectors.joining("；"));
	}

	private static int[] widths(int... extra) {
		int[] widths = java.util.Arrays.copyOf(CASE_WIDTHS, CASE_WIDTHS.length + extra.length);
		System.arraycopy(extra, 0, widths, CASE_WIDTHS.length, extra.length);
		return widths;
	}

	private static SubMonitor progress(IProgressMonitor monitor, String name, long total) {
		return SubMonitor.convert(monitor, NLS.bind(Messages.exportTask, name),
				(int) Math.min(Integer.MAX_VALUE, total));
	}

	private static int advance(SubMonitor progress, int rows) {
		progress.worked(rows);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		return rows;
	}

	private record Names(Map<String, String> staff, DepartmentNames departments) {
	}

	private Names names() {
		Map<String, String> staff = directory.staff(StaffQuery.ALL, Principal.system("cases-export")).stream()
				.collect(Collectors.toMap(Staff::staffNo, Staff::name, (a, b) -> a, HashMap::new));
		return new Names(staff, directory.departmentNames());
	}
}
