package ducha.team;

import java.time.LocalDate;

/**
 * The analysis of a meeting problem and the resolution agreed on it: what is to be done, by whom and by when.
 *
 * @param analysis     the analysis (原因分析、研讨意见)
 * @param analysedOn   the day it was analysed (not before the meeting that raised the problem)
 * @param resolution   what is to be done (解决措施)
 * @param ownerStaffNo 工号 of who is to do it
 * @param due          by when
 */
public record ProblemAnalysis(String analysis, LocalDate analysedOn, String resolution, String ownerStaffNo,
		LocalDate due) {
}
