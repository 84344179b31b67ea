package ducha.team.internal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ducha.core.documents.OfficialDocument;
import ducha.team.MeetingAgenda;
import ducha.team.MeetingProblem;
import ducha.team.WorkMeeting;

/**
 * The minutes of a work meeting (会议纪要): when, who chaired and attended, what was discussed, the problems raised
 * and those carried from earlier meetings, each with its analysis, resolution, owner and due date and, once
 * resolved, how. The wording is the office's fixed wording of an official document, in Chinese whatever the UI's
 * language.
 */
final class MinutesComposer {

	static final String OFFICE = "政治部（督察室）";

	private MinutesComposer() {
	}

	/**
	 * @param person     a person's name by 工号
	 * @param department a department's name by code
	 */
	static OfficialDocument compose(MeetingAgenda agenda, Function<String, String> person,
			Function<String, String> department) {
		WorkMeeting m = agenda.meeting();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("时间：" + day(m.date()));
		if (m.chairStaffNo() != null) {
			paragraphs.add("主持：" + person.apply(m.chairStaffNo()));
		}
		paragraphs.add("参会人员：" + String.join("、", m.attendees().stream().map(person).toList()) + "（共"
				+ m.attendees().size() + "人）");
		if (!m.minutes().isBlank()) {
			paragraphs.add("会议内容：" + m.minutes());
		}
		paragraphs.add("一、本次例会提出的问题");
		if (agenda.raised().isEmpty()) {
			paragraphs.add("本次例会未提出新的问题。");
		}
		int n = 0;
		for (MeetingProblem p : agenda.raised()) {
			paragraphs.add(++n + "．" + problem(p, m.date(), person, department));
		}
		paragraphs.add("二、往次例会转入的问题");
		if (agenda.carried().isEmpty()) {
			paragraphs.add("无往次例会转入的问题。");
		}
		n = 0;
		for (MeetingProblem p : agenda.carried()) {
			paragraphs.add(++n + "．（" + day(p.meetingDate()) + "例会提出）" + problem(p, m.date(), person, department));
		}
		paragraphs.add("未解决的问题转入下次例会继续研究，直至解决。");
		return new OfficialDocument(m.title() + "纪要", "", m.date(), paragraphs, OFFICE);
	}

	/** One problem as the minutes of the meeting of {@code meetingDay} state it. */
	private static String problem(MeetingProblem p, LocalDate meetingDay, Function<String, String> person,
			Function<String, String> department) {
		StringBuilder s = new StringBuilder().append(person.apply(p.raisedBy())).append("提出（涉及")
				.append(department.apply(p.departmentCode())).append("）：").append(p.description()).append("。");
		if (p.analysed() && !p.analysedOn().isAfter(meetingDay)) {
			s.append("分析研讨：").append(p.analysis()).append("。解决措施：").append(p.resolution()).append("，责任人：")
					.append(person.apply(p.ownerStaffNo())).append("，完成期限：").append(day(p.due())).append("。");
		} else {
			s.append("待分析研讨。");
		}
		if (p.resolved() && !p.resolvedOn().isAfter(meetingDay)) {
			s.append("已于").append(day(p.resolvedOn())).append("解决：").append(p.resolvedHow()).append("。");
		} else {
			s.append("尚未解决。");
		}
		return s.toString();
	}

	private static String day(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}
}
