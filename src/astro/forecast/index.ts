/** Forecasting: transits over time, sky events, returns and progressions (pure; see each module). */

export { nextReturn, PROGRESSION_YEAR_DAYS, type Progression, progress, progressedJd } from './returns';
export {
  type Eclipse,
  eclipses,
  type Ingress,
  ingresses,
  LUNATION_PHASES,
  type Lunation,
  lunations,
  MOON_PHASE_NAMES,
  type MoonNow,
  moonAt,
  SKY_EVENT_TYPES,
  type SkyEvent,
  type SkyEventType,
  type Station,
  skyEvents,
  stations,
  type VoidOfCourse,
  voidOfCourse,
} from './sky';
export { type Hit, type NatalPoint, ORB_MARGIN_DAYS, type TimelineOptions, timeline } from './timeline';
export { buildTracks, TRACK_STEP, type Track, trackAt } from './track';
