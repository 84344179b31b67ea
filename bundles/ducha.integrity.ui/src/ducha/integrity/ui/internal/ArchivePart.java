package ducha.integrity.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.core.DuchaException;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveFilter;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityArchive;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 干警廉政档案: choose a staff member (those the user may see; at least oneself), a period and a kind; the
 * timeline lists the entries newest first, the selected entry's detail below. Every read runs in a job; reading
 * another person's archive is audited by the service.
 */
public class ArchivePart {

	private static final ILog LOG = ILog.of(ArchivePart.class);

	@Inject
	private Principal principal;

	@Inject
	private DirectoryService directory;

	@Inject
	private IntegrityArchive archive;

	@Inject
	private UISynchronize sync;

	private final List<Staff> staff = new ArrayList<>();
	private final List<String> kindIds = new ArrayList<>();
	private final List<ArchiveEntry> shown = new ArrayList<>();
	private Map<String, String> kindLabels = Map.of();
	private Combo staffChoice;
	private DateTime from;
	private DateTime to;
	private Combo kindChoice;
	private Label summary;
	private Table timeline;
	private Text detail;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.Archive_staff);
		staffChoice = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(staffChoice);
		staffChoice.setVisibleItemCount(20);
		staffChoice.addListener(SWT.Selection, e -> load(Set.of()));
		new Label(bar, SWT.NONE).setText(Messages.Archive_from);
		from = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		LocalDate start = LocalDate.now().minusYears(3).plusDays(1);
		from.setDate(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth());
		new Label(bar, SWT.NONE).setText(Messages.Archive_to);
		to = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		// GTK sizes the date field for Latin digits; the Chinese 年月日 need more room
		GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(from);
		GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(to);
		new Label(bar, SWT.NONE).setText(Messages.Archive_kind);
		kindChoice = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(kindChoice);
		kindChoice.add(Messages.Archive_allKinds);
		kindChoice.select(0);
		kindChoice.addListener(SWT.Selection, e -> load(selectedKinds()));
		Button show = new Button(bar, SWT.PUSH);
		show.setText(Messages.Archive_show);
		show.addListener(SWT.Selection, e -> load(selectedKinds()));

		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		summary.setText(Messages.Archive_choose);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		timeline = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		timeline.setHeaderVisible(true);
		timeline.setLinesVisible(true);
		column(Messages.Archive_colDate, 110);
		column(Messages.Archive_colKind, 110);
		column(Messages.Archive_colTitle, 560);
		column(Messages.Archive_colSource, 90);
		timeline.addListener(SWT.Selection, e -> showDetail());
		detail = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(70, 30);
		loadStaff();
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(timeline, SWT.NONE);
		column.setText(text);
		column.setWidth(width);
	}

	/** The staff the user may see in the directory, and always the user's own record. */
	private void loadStaff() {
		Job.create(Messages.Archive_staffJob, monitor -> {
			List<Staff> visible = new ArrayList<>();
			Map<String, String> departmentNames = new java.util.HashMap<>();
			try {
				directory.departments().forEach((Department d) -> departmentNames.put(d.code(), d.name()));
				visible.addAll(directory.staff(StaffQuery.ALL, principal));
				if (principal.staffNo() != null && visible.stream().noneMatch(s -> s.staffNo().equals(principal.staffNo()))) {
					directory.staff(principal.staffNo()).ifPresent(own -> visible.add(0, own));
				}
			} catch (DuchaException e) {
				LOG.error("Staff list for the archive could not be read", e);
			}
			sync.asyncExec(() -> showStaff(visible, departmentNames));
		}).schedule();
	}

	private void showStaff(List<Staff> visible, Map<String, String> departmentNames) {
		if (staffChoice.isDisposed()) {
			return;
		}
		staff.clear();
		staff.addAll(visible);
		staffChoice.setItems(visible.stream().map(s -> s.staffNo() + " " + s.name() + " · "
				+ departmentNames.getOrDefault(s.departmentCode(), s.departmentCode())).toArray(String[]::new));
	}

	private Set<String> selectedKinds() {
		int index = kindChoice.getSelectionIndex();
		return index <= 0 || index > kindIds.size() ? Set.of() : Set.of(kindIds.get(index - 1));
	}

	private void load(Set<String> kinds) {
		int index = staffChoice.getSelectionIndex();
		if (index < 0) {
			return;
		}
		LocalDate start = LocalDate.of(from.getYear(), from.getMonth() + 1, from.getDay());
		LocalDate end = LocalDate.of(to.getYear(), to.getMonth() + 1, to.getDay());
		if (end.isBefore(start)) {
			summary.setText(Messages.Archive_badPeriod);
			return;
		}
		String staffNo = staff.get(index).staffNo();
		ArchiveFilter filter = new ArchiveFilter(Period.of(start, end), kinds);
		summary.setText(Messages.Archive_loading);
		Job.create(Messages.Archive_loadJob, monitor -> {
			try {
				ArchiveView view = archive.read(staffNo, filter, principal);
				sync.asyncExec(() -> show(view, filter));
			} catch (DuchaException e) {
				// refused or not found: the message is written for users
				sync.asyncExec(() -> showFailure(e.getMessage()));
			} catch (RuntimeException e) {
				LOG.error("Archive of " + staffNo + " could not be read", e);
				sync.asyncExec(() -> showFailure(e.toString()));
			}
		}).schedule();
	}

	private void show(ArchiveView view, ArchiveFilter filter) {
		if (timeline.isDisposed()) {
			return;
		}
		kindLabels = view.kinds();
		updateKinds(filter.kinds());
		shown.clear();
		shown.addAll(view.entries());
		timeline.removeAll();
		for (ArchiveEntry entry : view.entries()) {
			TableItem item = new TableItem(timeline, SWT.NONE);
			item.setText(new String[] { entry.date().toString(), kindLabels.getOrDefault(entry.kind(), entry.kind()),
					entry.title() == null ? "" : entry.title(), entry.source() == null ? "" : entry.source() });
		}
		detail.setText(view.entries().isEmpty() ? Messages.Archive_empty : "");
		summary.setText(NLS.bind(view.ownRecord() ? Messages.Archive_summaryOwn : Messages.Archive_summary,
				new Object[] { view.staff().name(), view.staff().staffNo(), view.entries().size(),
						filter.period().from(), filter.period().to() }));
	}

	/** Offers the kinds present in the period; keeps the chosen one selected. */
	private void updateKinds(Set<String> chosen) {
		kindIds.clear();
		kindIds.addAll(kindLabels.keySet());
		kindChoice.removeAll();
		kindChoice.add(Messages.Archive_allKinds);
		kindIds.forEach(id -> kindChoice.add(kindLabels.get(id)));
		int selected = chosen.size() == 1 ? kindIds.indexOf(chosen.iterator().next()) + 1 : 0;
		kindChoice.select(Math.max(selected, 0));
	}

	private void showFailure(String reason) {
		if (!summary.isDisposed()) {
			timeline.removeAll();
			shown.clear();
			summary.setText(NLS.bind(Messages.Archive_failed, reason));
		}
	}

	private void showDetail() {
		int index = timeline.getSelectionIndex();
		if (index >= 0 && index < shown.size()) {
			ArchiveEntry entry = shown.get(index);
			detail.setText(entry.title() + "\n\n" + (entry.detail() == null ? "" : entry.detail()));
		}
	}

	@Focus
	void focus() {
		staffChoice.setFocus();
	}
}
