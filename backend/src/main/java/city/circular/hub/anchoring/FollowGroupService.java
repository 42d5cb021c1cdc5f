package city.circular.hub.anchoring;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Politicians' follow groups and their meetings. Tenant records: a group is read as its visibility says and changed
 * by its owner's editors; its meetings share the group's visibility.
 */
@ApplicationScoped
public class FollowGroupService implements WriteCheck {

    static final String WHAT = "Follow group";
    private static final String MEETING = "Meeting";

    private final FollowGroupRepository groups;
    private final MeetingRepository meetings;
    private final AccessPolicy access;

    public FollowGroupService(FollowGroupRepository groups, MeetingRepository meetings, AccessPolicy access) {
        this.groups = groups;
        this.meetings = meetings;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        access.writable(groups.findById(id), WHAT);
    }

    public FollowGroupPage list(UUID organizationId, PageRequest page) {
        Slice<FollowGroup> slice = Slice.of(
                groups.search(access.readScope(), organizationId, page.plusOne()),
                page.limit(),
                g -> new Cursor(g.name, g.id));
        return new FollowGroupPage(slice.map(FollowGroupView::of), slice.next());
    }

    public FollowGroup get(UUID id) {
        return access.readable(groups.findById(id), WHAT);
    }

    @Transactional
    public FollowGroup create(FollowGroupInput input) {
        UUID owner = access.organizationForNewRecord(input.organizationId());
        groups.requireUniqueExternalId(owner, input.externalId(), null, "follow group");
        FollowGroup group = new FollowGroup();
        group.created(owner, access.caller().username());
        apply(input, group);
        groups.persistAndFlush(group);
        return group;
    }

    @Transactional
    public FollowGroup update(UUID id, String ifMatch, FollowGroupInput input) {
        FollowGroup group = writable(id);
        Versions.requireMatch(ifMatch, group.version);
        groups.requireUniqueExternalId(group.organizationId, input.externalId(), id, "follow group");
        apply(input, group);
        group.touched(access.caller().username());
        groups.flush();
        return group;
    }

    /** Deletes the group with its meetings. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        FollowGroup group = writable(id);
        Versions.requireMatch(ifMatch, group.version);
        groups.delete(group);
        groups.flush();
    }

    public MeetingList meetings(UUID groupId) {
        return new MeetingList(
                meetings.ofGroup(get(groupId).id).stream().map(MeetingView::of).toList());
    }

    public FollowGroupMeeting meeting(UUID groupId, UUID meetingId) {
        return meetingOf(get(groupId), meetingId);
    }

    @Transactional
    public FollowGroupMeeting addMeeting(UUID groupId, MeetingInput input) {
        FollowGroup group = writable(groupId);
        FollowGroupMeeting meeting = new FollowGroupMeeting();
        meeting.created(access.caller().username());
        meeting.followGroupId = group.id;
        apply(input, meeting);
        meetings.persist(meeting);
        meetings.flush();
        return meeting;
    }

    @Transactional
    public FollowGroupMeeting updateMeeting(UUID groupId, UUID meetingId, String ifMatch, MeetingInput input) {
        FollowGroupMeeting meeting = meetingOf(writable(groupId), meetingId);
        Versions.requireMatch(ifMatch, meeting.version);
        apply(input, meeting);
        meeting.touched(access.caller().username());
        meetings.flush();
        return meeting;
    }

    @Transactional
    public void deleteMeeting(UUID groupId, UUID meetingId, String ifMatch) {
        FollowGroupMeeting meeting = meetingOf(writable(groupId), meetingId);
        Versions.requireMatch(ifMatch, meeting.version);
        meetings.delete(meeting);
        meetings.flush();
    }

    private FollowGroup writable(UUID id) {
        return access.writable(groups.findById(id), WHAT);
    }

    private FollowGroupMeeting meetingOf(FollowGroup group, UUID meetingId) {
        FollowGroupMeeting meeting = meetings.findById(meetingId);
        if (meeting == null || !meeting.followGroupId.equals(group.id)) {
            throw ApiException.notFound(MEETING);
        }
        return meeting;
    }

    private static void apply(FollowGroupInput input, FollowGroup g) {
        g.name = input.name().strip();
        g.description = blankToNull(input.description());
        g.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        g.externalId = blankToNull(input.externalId());
    }

    private static void apply(MeetingInput input, FollowGroupMeeting m) {
        m.heldOn = input.heldOn();
        m.topics = input.topics().strip();
        m.notes = blankToNull(input.notes());
    }
}
