package org.cdkg.relate.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One language's words for dates ({@code relate/<lang>/dates.json}): month and weekday names,
 * days counted from the article's date or from the date just given (a weekday: the latest up to
 * the article's date, or the first after it behind a weekdaysAhead word), year words (去年) and
 * "recently". The date grammar (numerals, ranges, 年/月/日) is the stage's own.
 */
public record DateRules(
        String about,
        List<String> sources,
        Map<String, Integer> monthNames,
        Map<String, Integer> weekdays,
        List<String> weekdayPrefixes,
        List<String> weekdaysAhead,
        List<String> futureMarkers,
        List<String> rangeWords,
        Map<String, Integer> relativeDays,
        List<String> sameDay,
        List<String> nextDay,
        Map<String, Integer> yearWords,
        List<String> thisMonth,
        List<String> recently,
        List<String> datelines,
        List<String> eventYears) {

    public DateRules {
        for (Map.Entry<String, Integer> m : monthNames.entrySet())
            if (m.getValue() < 1 || m.getValue() > 12) throw new IllegalArgumentException("month '" + m.getKey() + "' is " + m.getValue() + ", not 1-12");
        for (Map.Entry<String, Integer> d : weekdays.entrySet())
            if (d.getValue() < 1 || d.getValue() > 7) throw new IllegalArgumentException("weekday '" + d.getKey() + "' is " + d.getValue() + ", not 1 (Monday) to 7");
        RulePack.each(eventYears, "eventYears pattern", p -> {
            if (!p.contains("(?<year>")) throw new IllegalArgumentException("needs a group named 'year'");
            return Pattern.compile(p);
        });
        RulePack.each(datelines, "datelines pattern", p -> {
            if (!p.contains("(?<month>") || !p.contains("(?<day>")) throw new IllegalArgumentException("needs groups named 'month' and 'day'");
            return Pattern.compile(p);
        });
    }
}
