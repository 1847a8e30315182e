export interface LaneInterval {
  id: number;
  start: number;
  /** Exclusive: an interval starting where another ends may share its lane. */
  end: number;
}

/**
 * Stacks overlapping intervals in lanes (0 is the top one): each goes into the first lane free at
 * its start. Taken in order of start, longest first, this uses as few lanes as the most intervals
 * overlapping at one moment.
 */
export function assignLanes(intervals: readonly LaneInterval[]): { lanes: Map<number, number>; count: number } {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const laneEnds: number[] = [];
  const lanes = new Map<number, number>();
  for (const it of sorted) {
    let lane = laneEnds.findIndex((end) => end <= it.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = it.end;
    lanes.set(it.id, lane);
  }
  return { lanes, count: laneEnds.length };
}
