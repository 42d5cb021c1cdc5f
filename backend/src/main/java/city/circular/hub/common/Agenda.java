package city.circular.hub.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda rules that workshops and network events share: at most {@link #MAX_ITEMS} blocks of 1 to
 * {@link #MAX_ITEM_MINUTES} minutes each, in order, each starting when the one before it ends, and all of them
 * together no longer than the meeting.
 */
public final class Agenda {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_ITEM_MINUTES = 600;

    private Agenda() {}

    /** One block of an agenda. */
    public interface Block {
        int durationMinutes();
    }

    /** A block with the times that follow from the meeting's start and the blocks before it. */
    public record Scheduled<B extends Block>(B block, int position, Instant startsAt, Instant endsAt) {}

    public static <B extends Block> List<Scheduled<B>> schedule(Instant start, List<B> blocks) {
        List<Scheduled<B>> scheduled = new ArrayList<>();
        Instant at = start;
        for (B block : blocks) {
            Instant end = at.plusSeconds(60L * block.durationMinutes());
            scheduled.add(new Scheduled<>(block, scheduled.size() + 1, at, end));
            at = end;
        }
        return scheduled;
    }

    public static long plannedMinutes(List<? extends Block> blocks) {
        return blocks.stream().mapToLong(Block::durationMinutes).sum();
    }

    /** 422 when the agenda takes longer than the meeting (the {@code meeting} names it: "workshop", "event"). */
    public static void requireFits(long plannedMinutes, long availableMinutes, String meeting) {
        if (plannedMinutes > availableMinutes) {
            throw ApiException.rule("The agenda takes " + plannedMinutes + " minutes; the " + meeting + " has "
                    + availableMinutes + ".");
        }
    }
}
