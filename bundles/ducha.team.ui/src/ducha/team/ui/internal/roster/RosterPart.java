package ducha.team.ui.internal.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.Language;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.StaffQuery;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.team.GroupService;
import ducha.team.RosterEntry;
import ducha.team.RosterGap;
import ducha.team.RosterService;
import ducha.team.SelectionCriteria;

/**
 * 督察员名册: who held which supervision role on the chosen day, with the day's gaps (departments without a political
 * or integrity supervisor); 选任… appoints a supervisor, 免职… ends the selected appointment, and the selected
 * person's appointments over time are listed below. The service refuses what the user may not do; the refusal is
 * shown in the status line.
 */
public class RosterPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	private volatile RosterService roster;
	private volatile GroupService groups;
	private volatile DirectoryService directory;

	/** The day's roster and gaps, and the department names to show them with, read together off the UI thread. */
	private record Loaded(List<RosterEntry> roster, List<RosterGap> gaps, DepartmentNames names) {
	}

	private DepartmentNames names = DepartmentNames.of(List.of());
	private DateField day;
	private Label status;
	private Label gaps;
	private Button end;
	private ListTable<RosterEntry> table;
	private ListTable<RosterEntry> history;

	@Inject
	void servicesChanged(@Optional RosterService rosterService, @Optional GroupService groupService,
			@Optional DirectoryService directoryService) {
		roster = rosterService;
		groups = groupService;
		directory = directoryService;
		if (table != null && !table.control().isDisposed() && rosterService != null) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 5);
		Forms.label(bar, Messages.day);
		day = Forms.date(bar, "roster.day");
		day.addListener(SWT.Selection, e -> load(null));
		status = Forms.summary(bar, "roster.status");
		rights.require(Forms.button(bar, "roster.appoint", Messages.appoint), CorePermissions.SUPERVISORS_WRITE)
				.addListener(SWT.Selection, e -> appoint());
		end = Forms.button(bar, "roster.end", Messages.end);
		end.addListener(SWT.Selection, e -> end());
		gaps = Forms.status(parent, "roster.gaps", 1);

		table = new ListTable<>(parent, "roster.list", false, RosterEntry.class,
				new Column<>(Messages.colRole, 160, e -> e.assignment().role().label()),
				new Column<>(Messages.colDepartment, 120, e -> names.name(e.assignment().departmentCode())),
				new Column<>(Messages.colStaffNo, 70, RosterEntry::staffNo),
				new Column<>(Messages.colName, 80, RosterEntry::staffName),
				new Column<>(Messages.colGroup, 150, e -> e.assignment().groupName()),
				new Column<>(Messages.colFrom, 90, e -> e.assignment().startDate().toString()),
				new Column<>(Messages.colTo, 90, e -> text(e.assignment().endDate())),
				new Column<>(Messages.colDecision, 130, e -> e.criteria().decisionRef()),
				new Column<>(Messages.colCriteria, 260, RosterPart::criteria));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		table.onSelect(e -> selected());
		table.actions(end);

		new Label(parent, SWT.NONE).setText(Messages.historyTitle);
		history = new ListTable<>(parent, "roster.history", false, RosterEntry.class,
				new Column<>(Messages.colRole, 130, e -> e.assignment().role().label()),
				new Column<>(Messages.colDepartment, 120, e -> names.name(e.assignment().departmentCode())),
				new Column<>(Messages.colGroup, 150, e -> e.assignment().groupName()),
				new Column<>(Messages.colFrom, 90, e -> e.assignment().startDate().toString()),
				new Column<>(Messages.colTo, 90, e -> text(e.assignment().endDate())),
				new Column<>(Messages.colDecision, 130, e -> e.criteria().decisionRef()));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(history.control());
		selected();
		if (roster != null) {
			load(null);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String criteria(RosterEntry e) {
		SelectionCriteria c = e.criteria();
		return Stream.of(c.politicalAbility(), c.professionalQuality(), c.disciplineConduct(), c.seniority())
				.filter(Objects::nonNull).collect(Collectors.joining("；"));
	}

	private void load(Long select) {
		RosterService service = roster;
		DirectoryService dir = directory;
		if (service == null) {
			status.setText(Messages.unavailable);
			return;
		}
		if (!Forms.readable(day)) {
			return;
		}
		LocalDate chosen = Forms.day(day);
		status.setText(Messages.loading);
		background.run(Messages.loadJob, () -> new Loaded(service.roster(chosen, principal),
				service.gaps(chosen, principal), dir == null ? names : dir.departmentNames()), loaded -> {
					if (table.control().isDisposed()) {
						return;
					}
					names = loaded.names();
					table.show(loaded.roster(), e -> select != null && e.id() == select);
					Forms.report(status, Language.format(Messages.rosterCount, chosen, loaded.roster().size()), false);
					showGaps(loaded.gaps());
					selected();
				}, this::refused);
	}

	private void showGaps(List<RosterGap> found) {
		if (found.isEmpty()) {
			Forms.report(gaps, Messages.noGaps, false);
		} else {
			Forms.report(gaps, Language.format(Messages.gapsList, found.size(), found.stream()
					.map(g -> names.name(g.departmentCode()) + "（" + g.missing().label() + "）")
					.collect(Collectors.joining("、"))), true);
		}
	}

	private void selected() {
		RosterEntry e = table.selected();
		rights.enable(end, e != null && e.assignment().endDate() == null, CorePermissions.SUPERVISORS_WRITE);
		RosterService service = roster;
		if (e == null || service == null) {
			history.show(List.of(), null);
			return;
		}
		background.run(Messages.loadJob, () -> service.history(e.staffNo(), principal), list -> {
			if (!history.control().isDisposed()) {
				history.show(list, h -> h.id() == e.id());
			}
		}, this::refused);
	}

	private void appoint() {
		RosterService service = roster;
		DirectoryService dir = directory;
		GroupService groupService = groups;
		if (service == null || dir == null) {
			return;
		}
		LocalDate today = LocalDate.now();
		background.run(Messages.loadJob, () -> new AppointDialog.Choices(
				dir.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), principal), dir.departments(),
				groupService == null ? List.of()
						: groupService.groupsOn(today, principal).stream().map(g -> g.group().name()).toList()),
				choices -> {
					if (table.control().isDisposed()) {
						return;
					}
					AppointDialog dialog = new AppointDialog(table.control().getShell(), background, service,
							principal, choices);
					if (dialog.open() == Window.OK) {
						load(dialog.saved().id());
					}
				}, this::refused);
	}

	private void end() {
		RosterService service = roster;
		RosterEntry e = table.selected();
		if (service == null || e == null) {
			return;
		}
		AtomicLong seen = new AtomicLong(e.assignment().version());
		LastDayDialog dialog = new LastDayDialog(table.control().getShell(), background, Messages.endTitle,
				e.staffName() + " " + e.assignment().role().label(), Messages.endMessage,
				last -> service.end(e.id(), seen.get(), last, principal),
				() -> seen.set(service.history(e.staffNo(), principal).stream().filter(h -> h.id() == e.id())
						.findFirst().orElseThrow().assignment().version()));
		if (dialog.open() == Window.OK) {
			load(e.id());
		}
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the day's roster again. */
	@Override
	public void refresh() {
		load(null);
	}
}
