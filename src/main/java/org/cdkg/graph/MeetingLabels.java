package org.cdkg.graph;

/** Names of meeting kinds for generated labels of meetings the text does not name. */
final class MeetingLabels {
    private MeetingLabels() {}

    static String zh(String kind) {
        return switch (kind) {
            case "Talks" -> "会谈";
            case "WorkingGroupMeeting" -> "工作组会议";
            case "Forum" -> "论坛";
            case "Roundtable" -> "圆桌会";
            case "Dialogue" -> "对话";
            case "Consultation" -> "磋商";
            case "Summit" -> "峰会";
            case "Conference" -> "大会";
            case "VideoCall" -> "视频会晤";
            case "MinisterialMeeting" -> "部长级会议";
            default -> "会议";
        };
    }

    static String en(String kind) {
        return switch (kind) {
            case "Talks" -> "Talks";
            case "WorkingGroupMeeting" -> "Working group meeting";
            case "Forum" -> "Forum";
            case "Roundtable" -> "Roundtable";
            case "Dialogue" -> "Dialogue";
            case "Consultation" -> "Consultation";
            case "Summit" -> "Summit";
            case "Conference" -> "Conference";
            case "VideoCall" -> "Video call";
            case "MinisterialMeeting" -> "Ministerial meeting";
            default -> "Meeting";
        };
    }
}
